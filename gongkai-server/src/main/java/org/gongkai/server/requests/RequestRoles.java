package org.gongkai.server.requests;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.gongkai.request.RequestEvent;
import org.gongkai.server.security.Actor;
import org.gongkai.server.security.Role;

/**
 * Who may record each step of a request. Registration work is taking in what arrives from outside: the
 * application by any channel, the clarified application, the applicant's payment or withdrawal. Handling work
 * is what the agency decides and sends: a 补正 notice, consultations, a fee notice, the reply. An extension
 * needs the approver (第三十三条第二款). The applicant's personal data in clear is for those who register and
 * handle; everyone else sees it masked.
 */
public final class RequestRoles {

    private static final Map<Class<? extends RequestEvent>, Role> STEPS = Map.of(
            RequestEvent.Received.class, Role.REGISTRAR,
            RequestEvent.ClarificationRequested.class, Role.HANDLER,
            RequestEvent.ClarificationReceived.class, Role.REGISTRAR,
            RequestEvent.ConsultationStarted.class, Role.HANDLER,
            RequestEvent.ConsultationEnded.class, Role.HANDLER,
            RequestEvent.Extended.class, Role.APPROVER,
            RequestEvent.FeeNotified.class, Role.HANDLER,
            RequestEvent.FeePaid.class, Role.REGISTRAR,
            RequestEvent.Closed.class, Role.HANDLER,
            RequestEvent.Withdrawn.class, Role.REGISTRAR);

    private static final Set<Role> SEE_APPLICANT = EnumSet.of(Role.REGISTRAR, Role.HANDLER);

    private RequestRoles() {
    }

    /** Return the role that records a step of this kind. */
    public static Role forStep(Class<? extends RequestEvent> step) {
        Role role = STEPS.get(step);
        if (role == null) {
            throw new IllegalStateException("No role records " + step.getSimpleName());
        }
        return role;
    }

    /** Return whether {@code actor} may see the applicant's personal data in clear. */
    public static boolean seesApplicant(Actor actor) {
        return actor.hasAny(SEE_APPLICANT);
    }

    static void requireStep(Actor actor, RequestEvent step) {
        actor.require(forStep(step.getClass()));
    }

    static void requireApplicant(Actor actor) {
        actor.requireAny(SEE_APPLICANT);
    }
}
