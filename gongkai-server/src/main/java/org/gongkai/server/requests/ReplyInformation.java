package org.gongkai.server.requests;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gongkai.request.Outcome;
import org.gongkai.server.store.RefusedException;

/**
 * A piece of information a reply gave the applicant, as the clerk names it when closing the request: its 文号, its
 * title, or both. 第四十四条 suggestions count applicants per {@link #key()}.
 */
public record ReplyInformation(Optional<String> documentNumber, Optional<String> title) {

    /** The outcomes whose reply gives information: 予以公开 and 部分公开. */
    public static final Set<Outcome> GIVING = EnumSet.of(Outcome.DISCLOSED, Outcome.PARTIALLY_DISCLOSED);

    public ReplyInformation {
        documentNumber = Objects.requireNonNull(documentNumber, "documentNumber").map(String::strip).filter(s -> !s.isEmpty());
        title = Objects.requireNonNull(title, "title").map(String::strip).filter(s -> !s.isEmpty());
        if (documentNumber.isEmpty() && title.isEmpty()) {
            throw new RefusedException("请填写所提供信息的文号或标题。");
        }
    }

    /** Return the information named by a 文号 and a title, either of which may be blank; empty when both are. */
    public static Optional<ReplyInformation> of(String documentNumber, String title) {
        if (isBlank(documentNumber) && isBlank(title)) {
            return Optional.empty();
        }
        return Optional.of(new ReplyInformation(Optional.ofNullable(documentNumber), Optional.ofNullable(title)));
    }

    /** Return what makes two replies "the same information": the 文号 when there is one, else the title. */
    public String key() {
        return documentNumber.map(ReplyInformation::documentNumberKey).orElseGet(() -> titleKey(title.orElseThrow()));
    }

    /**
     * Return the key of a 文号: without spaces, with the year in 〔〕 however it was bracketed ([2024], 【2024】,
     * （2024）), so that 测办〔2025〕3号 and 测办[2025]3号 match.
     */
    public static String documentNumberKey(String documentNumber) {
        return "文号:" + documentNumber.replaceAll("\\s", "").replaceAll("[\\[【［(（]", "〔").replaceAll("[\\]】］)）]", "〕");
    }

    /** Return the key of a title, for information that has no 文号. */
    public static String titleKey(String title) {
        return "标题:" + title.replaceAll("\\s", "");
    }

    /** Return how the console and the audit log name this information. */
    public String label() {
        return title.map(t -> documentNumber.map(n -> t + "（" + n + "）").orElse(t)).orElseGet(documentNumber::orElseThrow);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
