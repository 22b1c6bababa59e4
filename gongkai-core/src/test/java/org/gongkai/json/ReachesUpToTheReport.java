package org.gongkai.json;

import org.gongkai.report.AnnualReport;

/** A class on the ground floor that depends on a report: it exists only to prove the layering rule can fail. */
final class ReachesUpToTheReport {

    AnnualReport notAllowed;
}
