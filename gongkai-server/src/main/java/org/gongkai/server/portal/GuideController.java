package org.gongkai.server.portal;

import org.gongkai.fee.FeeSchedule;
import org.gongkai.request.ClockSettings;
import org.gongkai.server.Services;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The portal's home page (the agencies) and each agency's 政府信息公开指南. */
@Controller
class GuideController {

    static final String HOME_VIEW = "portal/home";
    static final String GUIDE_VIEW = "portal/guide";

    /** The contact facts of the guide; the template says "not yet set" for an agency without them. */
    record Profile(String office, String address, String postcode, String phone, String email, String officeHours) {
    }

    private final Services services;
    private final PortalAgencies agencies;
    private final JdbcClient jdbc;

    GuideController(Services services, PortalAgencies agencies, JdbcClient jdbc) {
        this.services = services;
        this.agencies = agencies;
        this.jdbc = jdbc;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("agencies", services.agencies.all());
        return HOME_VIEW;
    }

    @GetMapping("/agencies/{code}")
    String guide(@PathVariable String code, Model model) {
        model.addAttribute("agency", agencies.get(code));
        model.addAttribute("profile", jdbc.sql("select office, address, postcode, phone, email, office_hours"
                        + " from agency_profile where agency = ?").param(code)
                .query(Profile.class).optional().orElse(null));
        model.addAttribute("settings", ClockSettings.defaults());
        model.addAttribute("feeSchedules", FeeSchedule.values());
        return GUIDE_VIEW;
    }
}
