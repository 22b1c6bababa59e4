package org.gongkai.server.portal;

import java.util.Optional;
import org.gongkai.agency.Agency;
import org.gongkai.fee.FeeSchedule;
import org.gongkai.letter.Remedies;
import org.gongkai.request.ClockSettings;
import org.gongkai.server.agencies.AgencyProfile;
import org.gongkai.server.agencies.AgencyDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Each agency's 政府信息公开指南. */
@Controller
class GuideController {

    static final String GUIDE_VIEW = "portal/guide";

    private final AgencyDirectory directory;
    private final PortalAgencies agencies;

    GuideController(AgencyDirectory directory, PortalAgencies agencies) {
        this.directory = directory;
        this.agencies = agencies;
    }

    @GetMapping("/agencies/{code}")
    String guide(@PathVariable String code, Model model) {
        Agency agency = agencies.get(code);
        Optional<AgencyProfile> profile = directory.profile(code);
        model.addAttribute("agency", agency);
        model.addAttribute("profile", profile.orElse(null));
        model.addAttribute("letterhead", AgencyProfile.letterhead(agency.name(), profile));
        model.addAttribute("reviewDays", Remedies.REVIEW_DAYS);
        model.addAttribute("litigationMonths", Remedies.LITIGATION_MONTHS);
        model.addAttribute("settings", ClockSettings.defaults());
        model.addAttribute("feeSchedules", FeeSchedule.values());
        return GUIDE_VIEW;
    }
}
