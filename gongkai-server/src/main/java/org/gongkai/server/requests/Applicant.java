package org.gongkai.server.requests;

/**
 * Who applied: personal data, stored encrypted, shown masked in lists, never logged or exported.
 * Any field may be null (an organisation has no ID number; a walk-in may give no address).
 */
public record Applicant(String name, String idNumber, String phone, String address) {

    @Override
    public String toString() {
        return "Applicant[personal data withheld]";
    }
}
