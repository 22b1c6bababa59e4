package org.gongkai.server.time;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The one place the server reads the system clock, and its zone: the date in China. The server's {@code Clock}
 * bean and the command line's clock come from here; everything else is handed that clock.
 */
public final class ServerTime {

    /** The zone's id, the default of the setting {@code gongkai.zone}. */
    public static final String ZONE_ID = "Asia/Shanghai";

    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    private ServerTime() {
    }

    /** Return the system clock in {@code zone}. */
    public static Clock system(ZoneId zone) {
        return Clock.system(zone);
    }

    /** Return the system clock in {@link #ZONE}. */
    public static Clock system() {
        return system(ZONE);
    }
}
