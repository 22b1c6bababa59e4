package org.gongkai.server.agencies;

import java.util.List;
import java.util.Optional;
import org.gongkai.agency.Agency;

/** The agencies and their published profiles, as the portal, the console, the API and the command line read them. */
public final class AgencyDirectory {

    private final AgencyRepository agencies;
    private final AgencyProfileRepository profiles;

    public AgencyDirectory(AgencyRepository agencies, AgencyProfileRepository profiles) {
        this.agencies = agencies;
        this.profiles = profiles;
    }

    public List<Agency> all() {
        return agencies.all();
    }

    public Optional<Agency> find(String code) {
        return agencies.find(code);
    }

    /** Return the agency; an unknown code is a {@code NotFoundException}. */
    public Agency get(String code) {
        return agencies.get(code);
    }

    /** Return the agency's profile (the facts of its 政府信息公开指南), or empty if none was entered. */
    public Optional<AgencyProfile> profile(String code) {
        return profiles.find(code);
    }
}
