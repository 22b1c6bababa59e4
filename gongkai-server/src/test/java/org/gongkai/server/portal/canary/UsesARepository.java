package org.gongkai.server.portal.canary;

import org.gongkai.server.agencies.AgencyRepository;

/** A door class that reads a repository directly, to prove the architecture rule detects it. */
public final class UsesARepository {

    int agencies(AgencyRepository agencies) {
        return agencies.all().size();
    }
}
