package org.gongkai.server.console;

import java.time.LocalDate;
import org.gongkai.request.Channel;
import org.gongkai.request.ClockSettings;
import org.gongkai.request.ReceiptDateRule;
import org.gongkai.request.ReceiptDecision;
import org.gongkai.server.requests.ApplyFormValidator;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Checks a {@link RegisterForm}: the 第二十九条 facts as the portal checks them, then the channel and the date
 * that settles its receipt date under the agency's {@code settings}, which may not lie after {@code today}.
 */
final class RegisterFormValidator implements Validator {

    private final Validator applyForm;
    private final ClockSettings settings;
    private final LocalDate today;

    RegisterFormValidator(ClockSettings settings, LocalDate today) {
        this.applyForm = new ApplyFormValidator(today);
        this.settings = settings;
        this.today = today;
    }

    @Override
    public boolean supports(Class<?> type) {
        return RegisterForm.class.equals(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        RegisterForm f = (RegisterForm) target;
        applyForm.validate(f, errors);
        Channel channel = f.getChannel();
        if (channel == null || channel == Channel.ONLINE) {
            if (!errors.hasFieldErrors("channel")) {
                errors.rejectValue("channel", "register.error.channel");
            }
            return;
        }
        String field = ReceiptDateFields.needed(channel, settings);
        if (errors.hasFieldErrors(field)) {
            return;
        }
        ReceiptDecision decision = ReceiptDateRule.decide(channel, f.facts(), settings);
        if (decision.receivedOn().isEmpty()) {
            errors.rejectValue(field, "register.error.date", new Object[] {channel.label(), decision.rule()}, null);
        } else if (decision.receivedOn().get().isAfter(today)) {
            errors.rejectValue(field, "register.error.date.future");
        }
    }
}
