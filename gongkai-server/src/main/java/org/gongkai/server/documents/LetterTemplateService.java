package org.gongkai.server.documents;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gongkai.letter.DefaultLetterTemplates;
import org.gongkai.letter.LetterTemplate;
import org.gongkai.letter.LetterTemplateStore;
import org.gongkai.letter.LetterTemplates;
import org.gongkai.letter.LetterType;
import org.gongkai.letter.RenderedLetter;
import org.gongkai.letter.SampleLetterFacts;
import org.gongkai.letter.TemplateException;
import org.gongkai.letter.TemplateRef;
import org.gongkai.server.audit.AuditLog;
import org.gongkai.server.security.Actor;
import org.gongkai.server.security.Role;
import org.gongkai.server.store.ConflictException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An agency's letter templates as its administrator keeps them: which version is in force for each letter
 * type, the versions saved, checking and previewing a text, and saving it as a new version (audited).
 * Saving never changes an earlier version; going back to the bundled default saves its text as a new version.
 */
public final class LetterTemplateService {

    /**
     * The template an agency writes letters of {@code type} from.
     *
     * @param sameAsDefault whether its text is the bundled default's, as after going back to the default
     */
    public record InForce(LetterType type, TemplateRef ref, boolean sameAsDefault) {
    }

    /** The longest template text a version may hold (the column {@code letter_template.source}). */
    static final int MAX_LENGTH = 20000;

    private final LetterTemplateStore store;
    private final LetterTemplates templates;
    private final AuditLog audit;
    private final TransactionTemplate tx;

    public LetterTemplateService(LetterTemplateStore store, AuditLog audit, TransactionTemplate tx) {
        this.store = Objects.requireNonNull(store, "store");
        this.templates = new LetterTemplates(store);
        this.audit = Objects.requireNonNull(audit, "audit");
        this.tx = Objects.requireNonNull(tx, "tx");
    }

    /** Return, for every letter type, the template the agency writes it from. */
    public List<InForce> inForce(String agency) {
        return LetterType.all().stream().map(type -> {
            LetterTemplate current = current(agency, type);
            return new InForce(type, current.ref(), current.source().equals(DefaultLetterTemplates.of(type).source()));
        }).toList();
    }

    /** Return the template the agency writes letters of {@code type} from: its latest version, else the default. */
    public LetterTemplate current(String agency, LetterType type) {
        return templates.current(agency, type);
    }

    /** Return the agency's versions of the template of {@code type}, oldest first; empty while it uses the default. */
    public List<LetterTemplate> history(String agency, LetterType type) {
        return store.versions(agency, type);
    }

    /** Return the agency's version {@code version} of the template of {@code type}, or empty when there is none. */
    public Optional<LetterTemplate> version(String agency, LetterType type, int version) {
        return store.version(agency, type, version);
    }

    /**
     * Check {@code text} as the agency's next version of the template of {@code type}.
     *
     * @throws TemplateException (Chinese, naming the version, the line and the placeholder at fault)
     */
    public LetterTemplate check(String agency, LetterType type, String text) {
        TemplateRef next = new TemplateRef(type, Optional.of(agency), history(agency, type).size() + 1);
        if (text.length() > MAX_LENGTH) {
            throw new TemplateException(next.describe() + "过长：最多 " + MAX_LENGTH + " 个字符，现有 " + text.length() + " 个");
        }
        return LetterTemplate.parse(next, text);
    }

    /**
     * Return the letter {@code text} writes from invented sample facts, to read before saving.
     *
     * @throws TemplateException if the text is not a valid template
     */
    public RenderedLetter preview(String agency, LetterType type, String text) {
        return check(agency, type, text).render(SampleLetterFacts.of(type));
    }

    /**
     * Save {@code text} as the agency's next version of the template of {@code type}; letters issued from now
     * on are written from it and record its version. Only the agency's administrator may.
     *
     * @throws TemplateException if the text is not a valid template; nothing is saved then
     * @throws ConflictException if another version was saved at the same moment; nothing is saved then
     */
    public LetterTemplate save(Actor actor, String agency, LetterType type, String text) {
        return saveAudited(actor, agency, type, text, "LETTER_TEMPLATE_SAVED", "保存");
    }

    /** Go back to the bundled default: save its text as the agency's next version. */
    public LetterTemplate restoreDefault(Actor actor, String agency, LetterType type) {
        return saveAudited(actor, agency, type, DefaultLetterTemplates.of(type).source(), "LETTER_TEMPLATE_RESTORED",
                "恢复为默认模板，保存");
    }

    private LetterTemplate saveAudited(Actor actor, String agency, LetterType type, String text, String action,
            String done) {
        actor.require(Role.ADMIN);
        actor.requireAgency(agency);
        // Line breaks as a browser's form sends them (CRLF) are kept as LF, so the default's text compares equal.
        String normalised = text.replace("\r\n", "\n");
        check(agency, type, normalised);
        try {
            return tx.execute(status -> {
                LetterTemplate saved = store.save(agency, type, normalised);
                audit.append(actor.username(), action, saved.ref().key(), type.label() + "：" + done + "为第"
                        + saved.ref().version() + "版");
                return saved;
            });
        } catch (DuplicateKeyException e) {
            throw new ConflictException("文书模板“" + type.id() + "”");
        }
    }
}
