package org.gongkai.server.portal;

import org.gongkai.agency.Agency;
import org.gongkai.server.Services;
import org.springframework.stereotype.Component;

/** Finds the agency a portal page is about; an unknown code is a 404. */
@Component
class PortalAgencies {

    private final Services services;

    PortalAgencies(Services services) {
        this.services = services;
    }

    Agency get(String code) {
        return services.agencies.get(code);
    }
}
