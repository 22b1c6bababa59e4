package org.gongkai.server.portal;

import java.util.List;
import org.gongkai.agency.Agency;
import org.gongkai.server.agencies.AgencyDirectory;
import org.springframework.stereotype.Component;

/** The agencies of the portal, and the agency a portal page is about (an unknown code is a 404). */
@Component
class PortalAgencies {

    private final AgencyDirectory agencies;

    PortalAgencies(AgencyDirectory agencies) {
        this.agencies = agencies;
    }

    Agency get(String code) {
        return agencies.get(code);
    }

    List<Agency> all() {
        return agencies.all();
    }
}
