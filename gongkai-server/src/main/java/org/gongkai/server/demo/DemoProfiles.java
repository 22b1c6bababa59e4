package org.gongkai.server.demo;

import java.util.Optional;
import org.gongkai.agency.Agency;
import org.gongkai.server.agencies.AgencyProfile;

/** The invented profile of a demo agency: its guide's contacts and the review body and court its letters name. */
public final class DemoProfiles {

    private DemoProfiles() {
    }

    public static AgencyProfile of(Agency agency) {
        return new AgencyProfile(agency.name() + "政府信息公开工作机构", "江澜市示例大道1号", "000000", "100-0000-0000",
                "gongkai@example.cn", "工作日 上午9:00—12:00，下午13:30—17:00", Optional.of("江澜市人民政府"),
                Optional.of("江澜市示例区人民法院"));
    }
}
