package org.gongkai.server.requests;

import org.gongkai.applicant.IdentityDocument;
import org.gongkai.request.ApplicantType;
import org.springframework.ui.Model;

/** The options of the 第二十九条 fields (fragments/application.html), for every form that asks them. */
public final class ApplicationChoices {

    private ApplicationChoices() {
    }

    /** Add the options of the applicant type, ID type, form and delivery fields to {@code model}. */
    public static void addTo(Model model) {
        model.addAttribute("applicantTypes", ApplicantType.values());
        model.addAttribute("idTypes", IdentityDocument.values());
        model.addAttribute("infoForms", ApplyForm.InfoForm.values());
        model.addAttribute("deliveries", ApplyForm.Delivery.values());
    }
}
