package org.gongkai.server.console;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.gongkai.publication.PublicationKind;
import org.gongkai.server.publications.AttachmentFile;
import org.gongkai.server.publications.AttachmentUploads;
import org.gongkai.server.publications.Downloads;
import org.gongkai.server.publications.ProactiveSuggestions;
import org.gongkai.server.publications.PublicationDrafts;
import org.gongkai.server.publications.PublicationFiles;
import org.gongkai.server.publications.PublicationService;
import org.gongkai.server.publications.StoredPublication;
import org.gongkai.server.security.Actor;
import org.gongkai.server.security.Role;
import org.gongkai.server.security.StaffAccounts;
import org.gongkai.server.store.ConflictException;
import org.gongkai.server.store.NotFoundException;
import org.gongkai.server.store.RefusedException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Publications in the console: draft, review by a second person and publish, repeal. */
@Controller
class PublicationConsoleController {

    static final String PUBLICATIONS_VIEW = "console/publications";

    private final PublicationFiles publicationFiles;
    private final PublicationService publications;
    private final ProactiveSuggestions suggestions;
    private final StaffAccounts accounts;
    private final PublicationDrafts drafts;
    private final DraftDeadlines deadlines;
    private final Clock clock;
    private final AttachmentUploads uploads;
    private final UploadLimits limits;

    PublicationConsoleController(PublicationFiles publicationFiles,
            PublicationService publications, ProactiveSuggestions suggestions, StaffAccounts accounts,
            PublicationDrafts drafts, DraftDeadlines deadlines, Clock clock, AttachmentUploads uploads,
            UploadLimits limits) {
        this.publicationFiles = publicationFiles;
        this.publications = publications;
        this.suggestions = suggestions;
        this.accounts = accounts;
        this.drafts = drafts;
        this.deadlines = deadlines;
        this.clock = clock;
        this.uploads = uploads;
        this.limits = limits;
    }

    @InitBinder("publicationForm")
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/console/publications")
    String initDraftForm(Authentication auth, Model model) {
        Actor actor = publisher(auth);
        if (!model.containsAttribute("publicationForm")) {
            model.addAttribute("publicationForm", new PublicationForm());
        }
        return page(actor, model);
    }

    @PostMapping("/console/publications/drafts")
    String processDraftForm(PublicationForm publicationForm, BindingResult result, Authentication auth, Model model,
            RedirectAttributes redirect) {
        Actor actor = publisher(auth);
        if (publicationForm.getTitle() == null || publicationForm.getTitle().isBlank()) {
            result.rejectValue("title", "publication.error.title");
        }
        if (publicationForm.getKind() == null) {
            result.rejectValue("kind", "publication.error.kind");
        }
        if (publicationForm.getArticle20Item() == null || publicationForm.getArticle20Item() < 1
                || publicationForm.getArticle20Item() > 15) {
            result.rejectValue("article20Item", "publication.error.item");
        }
        if (publicationForm.getIssuedOn() == null) {
            result.rejectValue("issuedOn", "publication.error.issuedOn");
        }
        CatalogueTerms.check(publicationForm, result);
        List<AttachmentFile> files = attachments(publicationForm, result);
        if (result.hasErrors()) {
            return page(actor, model);
        }
        drafts.draft(actor, publicationForm.draft(), files);
        redirect.addFlashAttribute("done", "publication.done.drafted");
        return "redirect:/console/publications";
    }

    /** Return the uploaded files, checked; a refused file is a field error and nothing is kept. */
    private List<AttachmentFile> attachments(PublicationForm form, BindingResult result) {
        List<AttachmentFile> files = new ArrayList<>();
        for (MultipartFile upload : form.getFiles() == null ? List.<MultipartFile>of() : form.getFiles()) {
            String name = upload.getOriginalFilename();
            if (upload.isEmpty() && (name == null || name.isBlank())) {
                continue;
            }
            try {
                files.add(uploads.accept(name, upload.getBytes()));
            } catch (RefusedException e) {
                result.rejectValue("files", "publication.error.file", new Object[] {e.getMessage()}, e.getMessage());
            } catch (IOException e) {
                result.rejectValue("files", "publication.error.upload", new Object[] {name}, null);
            }
        }
        return files;
    }

    /** Let the reviewer open a draft's file before publishing it. */
    @GetMapping("/console/publications/drafts/{id}/files/{n}")
    ResponseEntity<byte[]> draftFile(@PathVariable long id, @PathVariable int n, Authentication auth) {
        Actor actor = publisher(auth);
        return Downloads.of(drafts.file(actor.agency(), id, n)
                .orElseThrow(() -> new NotFoundException(id + "/files/" + n)));
    }

    @PostMapping("/console/publications/drafts/{id}/publish")
    String publish(@PathVariable long id, Authentication auth, RedirectAttributes redirect) {
        Actor actor = publisher(auth);
        try {
            drafts.approve(actor, id);
            redirect.addFlashAttribute("done", "publication.done.published");
        } catch (RefusedException e) {
            redirect.addFlashAttribute("refusal", e.getMessage());
        }
        return "redirect:/console/publications";
    }

    @PostMapping("/console/publications/{id}/repeal")
    String repeal(@PathVariable String id, Authentication auth, RedirectAttributes redirect) {
        Actor actor = publisher(auth);
        StoredPublication stored = publications.get(id);
        ConsoleAccess.requireOwnAgency(actor, stored.publication().agency());
        try {
            publications.repeal(actor, id, stored.version(), LocalDate.now(clock), null);
            redirect.addFlashAttribute("done", "publication.done.repealed");
        } catch (RefusedException | ConflictException e) {
            redirect.addFlashAttribute("refusal", e.getMessage());
        }
        return "redirect:/console/publications";
    }

    private Actor publisher(Authentication auth) {
        return ConsoleAccess.actorWithAny(accounts, auth, Role.PUBLISHER);
    }

    private String page(Actor actor, Model model) {
        List<PublicationDrafts.Draft> pending = drafts.pending(actor.agency());
        model.addAttribute("drafts", pending);
        model.addAttribute("draftDeadlines", deadlines.of(actor.agency()));
        model.addAttribute("suggestions", suggestions.forAgency(actor, actor.agency()));
        Map<Long, PublicationDrafts.DraftContent> contents = new LinkedHashMap<>();
        pending.forEach(d -> contents.put(d.id(), drafts.content(actor.agency(), d.id())));
        model.addAttribute("draftContents", contents);
        model.addAttribute("maxAttachmentSize", limits.perFile());
        model.addAttribute("maxSubmissionSize", limits.perSubmission());
        model.addAttribute("maxTopicLength", CatalogueTerms.MAX_TOPIC_LENGTH);
        model.addAttribute("maxKeywords", CatalogueTerms.MAX_KEYWORDS);
        model.addAttribute("maxKeywordLength", CatalogueTerms.MAX_KEYWORD_LENGTH);
        model.addAttribute("publications", publications.byAgency(actor.agency()));
        model.addAttribute("kinds", PublicationKind.values());
        model.addAttribute("items", IntStream.rangeClosed(1, 15).boxed().toList());
        model.addAttribute("me", actor.username());
        return PUBLICATIONS_VIEW;
    }
}
