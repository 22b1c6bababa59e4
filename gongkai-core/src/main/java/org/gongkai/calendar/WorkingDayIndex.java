package org.gongkai.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Working days counted ahead of time, so that adding and counting working days takes a binary search at most.
 *
 * <p>Over the days the revisions decide (from 1 January of the first known year to 31 December of the last),
 * {@code cumulative[i]} is the number of working days from the first of them up to day {@code i}; before and
 * after that range only the Monday–Friday rule applies, which is counted by formula. Days are epoch days.
 */
final class WorkingDayIndex {

    /** 1969-12-29, a Monday: weeks are counted from it. */
    private static final long MONDAY = -3;

    private final long first;
    private final boolean[] working;
    private final int[] cumulative;

    private WorkingDayIndex(long first, boolean[] working, int[] cumulative) {
        this.first = first;
        this.working = working;
        this.cumulative = cumulative;
    }

    /** Index the days from the earliest to the latest of {@code decided} and of {@code years}, as {@code isWorking} says. */
    static WorkingDayIndex of(Collection<LocalDate> decided, Set<Integer> years, Predicate<LocalDate> isWorking) {
        long low = Long.MAX_VALUE;
        long high = Long.MIN_VALUE;
        for (LocalDate day : decided) {
            low = Math.min(low, day.toEpochDay());
            high = Math.max(high, day.toEpochDay());
        }
        for (int year : years) {
            low = Math.min(low, LocalDate.of(year, 1, 1).toEpochDay());
            high = Math.max(high, LocalDate.of(year, 12, 31).toEpochDay());
        }
        if (low > high) {
            return new WorkingDayIndex(0, new boolean[0], new int[0]);
        }
        boolean[] working = new boolean[Math.toIntExact(high - low + 1)];
        int[] cumulative = new int[working.length];
        int count = 0;
        for (int i = 0; i < working.length; i++) {
            working[i] = isWorking.test(LocalDate.ofEpochDay(low + i));
            count += working[i] ? 1 : 0;
            cumulative[i] = count;
        }
        return new WorkingDayIndex(low, working, cumulative);
    }

    boolean isWorkingDay(long day) {
        long i = day - first;
        if (i >= 0 && i < working.length) {
            return working[(int) i];
        }
        return Math.floorMod(day - MONDAY, 7) < 5;
    }

    /** Return the number of working days W with {@code fromExclusive} < W ≤ {@code toInclusive}. */
    int workingDaysBetween(long fromExclusive, long toInclusive) {
        return Math.toIntExact(countUpTo(toInclusive) - countUpTo(fromExclusive));
    }

    /** Return the {@code n}-th working day strictly after {@code from}, for n ≥ 1. */
    long addWorkingDays(long from, int n) {
        return firstDayCounting(countUpTo(from) + n);
    }

    /** Return the working days from the first indexed day up to {@code day}, negative before it. */
    private long countUpTo(long day) {
        long last = first + working.length - 1;
        if (working.length == 0) {
            return weekdaysUpTo(day);
        } else if (day < first) {
            return weekdaysUpTo(day) - weekdaysUpTo(first - 1);
        } else if (day <= last) {
            return cumulative[(int) (day - first)];
        }
        return cumulative[working.length - 1] + weekdaysUpTo(day) - weekdaysUpTo(last);
    }

    /** Return the earliest day whose {@link #countUpTo} is {@code count}. */
    private long firstDayCounting(long count) {
        if (working.length == 0) {
            return firstWeekdayCounting(count);
        } else if (count <= 0) {
            return firstWeekdayCounting(count + weekdaysUpTo(first - 1));
        } else if (count <= cumulative[working.length - 1]) {
            int low = 0;
            int high = cumulative.length - 1;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (cumulative[mid] < count) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return first + low;
        }
        long last = first + working.length - 1;
        return firstWeekdayCounting(count - cumulative[working.length - 1] + weekdaysUpTo(last));
    }

    /** Return the number of Mondays–Fridays from {@link #MONDAY} up to {@code day} (negative before it). */
    private static long weekdaysUpTo(long day) {
        long sinceMonday = day - MONDAY;
        return 5 * Math.floorDiv(sinceMonday, 7) + Math.min(Math.floorMod(sinceMonday, 7) + 1, 5);
    }

    /** Return the earliest day whose {@link #weekdaysUpTo} is {@code count}. */
    private static long firstWeekdayCounting(long count) {
        return MONDAY + 7 * Math.floorDiv(count - 1, 5) + Math.floorMod(count - 1, 5);
    }
}
