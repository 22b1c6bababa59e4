package org.gongkai.server.console;

import java.util.EnumMap;
import java.util.Map;
import org.gongkai.server.agencies.AgencyProfileService;
import org.gongkai.server.agencies.ProfileField;

/** The agency's name and profile as its administrator edits them, with the version the form was filled from. */
public class AgencyProfileForm {

    private final Map<ProfileField, String> values = new EnumMap<>(ProfileField.class);
    private String readVersion;

    /** Return the form filled with what is stored now. */
    static AgencyProfileForm of(AgencyProfileService.Current current) {
        AgencyProfileForm form = new AgencyProfileForm();
        form.values.putAll(current.values());
        form.readVersion = current.version();
        return form;
    }

    Map<ProfileField, String> values() {
        return values;
    }

    public String getReadVersion() {
        return readVersion;
    }

    public void setReadVersion(String readVersion) {
        this.readVersion = readVersion;
    }

    public String getName() {
        return values.get(ProfileField.NAME);
    }

    public void setName(String name) {
        values.put(ProfileField.NAME, name);
    }

    public String getOffice() {
        return values.get(ProfileField.OFFICE);
    }

    public void setOffice(String office) {
        values.put(ProfileField.OFFICE, office);
    }

    public String getAddress() {
        return values.get(ProfileField.ADDRESS);
    }

    public void setAddress(String address) {
        values.put(ProfileField.ADDRESS, address);
    }

    public String getPostcode() {
        return values.get(ProfileField.POSTCODE);
    }

    public void setPostcode(String postcode) {
        values.put(ProfileField.POSTCODE, postcode);
    }

    public String getPhone() {
        return values.get(ProfileField.PHONE);
    }

    public void setPhone(String phone) {
        values.put(ProfileField.PHONE, phone);
    }

    public String getEmail() {
        return values.get(ProfileField.EMAIL);
    }

    public void setEmail(String email) {
        values.put(ProfileField.EMAIL, email);
    }

    public String getOfficeHours() {
        return values.get(ProfileField.OFFICE_HOURS);
    }

    public void setOfficeHours(String officeHours) {
        values.put(ProfileField.OFFICE_HOURS, officeHours);
    }

    public String getReviewBody() {
        return values.get(ProfileField.REVIEW_BODY);
    }

    public void setReviewBody(String reviewBody) {
        values.put(ProfileField.REVIEW_BODY, reviewBody);
    }

    public String getCourt() {
        return values.get(ProfileField.COURT);
    }

    public void setCourt(String court) {
        values.put(ProfileField.COURT, court);
    }
}
