package org.gongkai.publication;

/**
 * Named settings of the proactive-disclosure catalogue, with documented defaults (docs/settings.md).
 *
 * @param publicationWorkingDays 第二十六条: publish within this many working days of the information being formed
 *     or changed (default 20, CONFIRMED text)
 * @param nearlyLateWorkingDays a draft is shown as nearly late when at most this many working days are left
 *     (default 5; a console choice, not law)
 * @param suggestionApplicants 第四十四条 "多个申请人": suggest proactive publication once this many different
 *     applicants were given the same information (default 2, the literal reading of 多个; UNCONFIRMED)
 * @param revisionRepealsPrevious publishing a new version repeals the version it replaces on the new one's
 *     publication day, so 表二 counts one document in force, not two (default true; UNCONFIRMED)
 */
public record CatalogueSettings(
        int publicationWorkingDays,
        int nearlyLateWorkingDays,
        int suggestionApplicants,
        boolean revisionRepealsPrevious) {

    public CatalogueSettings {
        if (publicationWorkingDays < 1) {
            throw new IllegalArgumentException("发布期限须至少为 1 个工作日，收到 " + publicationWorkingDays);
        }
        if (nearlyLateWorkingDays < 0 || nearlyLateWorkingDays >= publicationWorkingDays) {
            throw new IllegalArgumentException("临近逾期提醒天数须在 0 与发布期限之间，收到 " + nearlyLateWorkingDays);
        }
        if (suggestionApplicants < 2) {
            throw new IllegalArgumentException("第四十四条指多个申请人，提示阈值至少为 2，收到 " + suggestionApplicants);
        }
    }

    public static CatalogueSettings defaults() {
        return new CatalogueSettings(20, 5, 2, true);
    }
}
