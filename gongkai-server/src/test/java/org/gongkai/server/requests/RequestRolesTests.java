package org.gongkai.server.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.gongkai.request.RequestEvent;
import org.gongkai.server.security.Role;
import org.junit.jupiter.api.Test;

class RequestRolesTests {

    @Test
    @SuppressWarnings("unchecked")
    void everyKindOfStepIsRecordedByARequestRole() {
        assertThat(RequestEvent.class.getPermittedSubclasses()).hasSizeGreaterThanOrEqualTo(10)
                .allSatisfy(kind -> assertThat(RequestRoles.forStep((Class<? extends RequestEvent>) kind))
                        .isIn(Role.REGISTRAR, Role.HANDLER, Role.APPROVER));
        assertThat(Arrays.stream(RequestEvent.class.getPermittedSubclasses())
                .map(kind -> RequestRoles.forStep((Class<? extends RequestEvent>) kind)).distinct())
                .containsExactlyInAnyOrder(Role.REGISTRAR, Role.HANDLER, Role.APPROVER);
    }
}
