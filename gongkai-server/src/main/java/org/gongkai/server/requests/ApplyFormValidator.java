package org.gongkai.server.requests;

import java.util.regex.Pattern;
import org.gongkai.request.ApplicantType;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** Checks each field of {@link ApplyForm}; every error code is a key of messages.properties. */
public final class ApplyFormValidator implements Validator {

    private static final Pattern RESIDENT_ID = Pattern.compile("\\d{17}[\\dX]");
    private static final Pattern CREDIT_CODE = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}");
    private static final Pattern OTHER_ID = Pattern.compile("[A-Za-z0-9]{5,20}");
    private static final Pattern PHONE = Pattern.compile("[0-9+\\-]{7,20}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final int MIN_DESCRIPTION = 10;
    static final int MAX_DESCRIPTION = 2000;

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
        if (blank(f.getPhone()) || !PHONE.matcher(f.getPhone().trim()).matches()) {
            errors.rejectValue("phone", "apply.error.phone");
        }
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

    private static void identity(ApplyForm f, Errors errors) {
        if (f.getIdType() == null) {
            errors.rejectValue("idType", "apply.error.idType");
            return;
        }
        boolean organisation = f.getApplicantType() != null && f.getApplicantType() != ApplicantType.NATURAL_PERSON;
        if (organisation != (f.getIdType() == ApplyForm.IdType.CREDIT_CODE)) {
            errors.rejectValue("idType", organisation ? "apply.error.idType.organisation" : "apply.error.idType.person");
            return;
        }
        String number = f.getIdNumber() == null ? "" : f.getIdNumber().trim().toUpperCase(java.util.Locale.ROOT);
        Pattern expected = switch (f.getIdType()) {
            case RESIDENT_ID -> RESIDENT_ID;
            case CREDIT_CODE -> CREDIT_CODE;
            default -> OTHER_ID;
        };
        if (!expected.matcher(number).matches()) {
            errors.rejectValue("idNumber", "apply.error.idNumber." + f.getIdType().name());
        }
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
