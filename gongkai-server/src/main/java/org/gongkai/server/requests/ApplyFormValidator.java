package org.gongkai.server.requests;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gongkai.applicant.ApplicantChecks;
import org.gongkai.applicant.IdentityDocument;
import org.gongkai.request.ApplicantType;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Checks each field of {@link ApplyForm}; every error code is a key of messages.properties, except the identity
 * number and phone, which carry the message of the core's {@link ApplicantChecks} (the same for every door).
 */
public final class ApplyFormValidator implements Validator {

    /** The code of a field error whose only argument is the core's message. */
    public static final String CHECK = "applicant.check";

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final int MIN_DESCRIPTION = 10;
    static final int MAX_DESCRIPTION = 2000;

    private final LocalDate today;

    /** @param today the day a birth date in an identity number may not lie after */
    public ApplyFormValidator(LocalDate today) {
        this.today = today;
    }

    @Override
    public boolean supports(Class<?> type) {
        return ApplyForm.class.isAssignableFrom(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        ApplyForm f = (ApplyForm) target;
        if (blank(f.getName())) {
            errors.rejectValue("name", "apply.error.name");
        } else if (f.getName().trim().length() > 100) {
            errors.rejectValue("name", "apply.error.name.long");
        }
        if (f.getApplicantType() == null) {
            errors.rejectValue("applicantType", "apply.error.applicantType");
        }
        identity(f, errors);
        reject(errors, "phone", ApplicantChecks.phone(f.getPhone()));
        if (!blank(f.getEmail()) && !EMAIL.matcher(f.getEmail().trim()).matches()) {
            errors.rejectValue("email", "apply.error.email");
        }
        if (blank(f.getDescription()) || f.getDescription().trim().length() < MIN_DESCRIPTION) {
            errors.rejectValue("description", "apply.error.description");
        } else if (f.getDescription().trim().length() > MAX_DESCRIPTION) {
            errors.rejectValue("description", "apply.error.description.long");
        }
        if (f.getInfoForm() == null) {
            errors.rejectValue("infoForm", "apply.error.infoForm");
        }
        delivery(f, errors);
    }

    private void identity(ApplyForm f, Errors errors) {
        if (f.getIdType() == null) {
            errors.rejectValue("idType", "apply.error.idType");
            return;
        }
        boolean organisation = f.getApplicantType() != null && f.getApplicantType() != ApplicantType.NATURAL_PERSON;
        if (organisation != (f.getIdType() == IdentityDocument.CREDIT_CODE)) {
            errors.rejectValue("idType", organisation ? "apply.error.idType.organisation" : "apply.error.idType.person");
            return;
        }
        reject(errors, "idNumber", ApplicantChecks.idNumber(f.getIdType(), f.getIdNumber(), today));
    }

    private static void reject(Errors errors, String field, Optional<String> problem) {
        problem.ifPresent(message -> errors.rejectValue(field, CHECK, new Object[] {message}, message));
    }

    private static void delivery(ApplyForm f, Errors errors) {
        if (f.getDelivery() == null) {
            errors.rejectValue("delivery", "apply.error.delivery");
        } else if (f.getDelivery() == ApplyForm.Delivery.POST && blank(f.getAddress())) {
            errors.rejectValue("address", "apply.error.address");
        } else if (f.getDelivery() == ApplyForm.Delivery.EMAIL && blank(f.getEmail())) {
            errors.rejectValue("email", "apply.error.email.required");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
