package org.gongkai.server.console;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Objects;
import org.gongkai.server.publications.AttachmentUploads;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The limits on the draft form's files: per file ({@code gongkai.publications.max-attachment-size}, checked by the
 * form) and per submission ({@code spring.servlet.multipart.max-request-size}, enforced by the server). A submission
 * over the second is refused with 413 before any controller runs, so nothing is stored; this resolves that error to
 * a page naming both limits and leading back to the form, instead of the generic error page.
 */
@Component
class UploadLimits implements ErrorViewResolver, Ordered {

    static final String TOO_LARGE_VIEW = "error/413";

    private final Map<String, Object> sizes;

    UploadLimits(MultipartProperties multipart, AttachmentUploads uploads) {
        this.sizes = Map.of("maxAttachmentSize", AttachmentUploads.size(uploads.maxBytes()),
                "maxSubmissionSize", AttachmentUploads.size(multipart.getMaxRequestSize().toBytes()));
    }

    /** Return both limits as readable sizes, for the form's hint and the error page. */
    Map<String, Object> sizes() {
        return sizes;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        if (status != HttpStatus.CONTENT_TOO_LARGE) {
            return null;
        }
        boolean fromDraftForm = Objects.toString(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), "")
                .startsWith(request.getContextPath() + "/console/publications");
        ModelAndView page = new ModelAndView(TOO_LARGE_VIEW, sizes, status);
        page.addObject("fromDraftForm", fromDraftForm);
        return page;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
