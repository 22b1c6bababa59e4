package org.gongkai.server.requests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongkai.request.ConsultationParty;
import org.gongkai.request.DisclosureRequest;
import org.gongkai.request.RequestEvent;
import org.gongkai.server.security.Masking;
import org.gongkai.server.security.PersonalDataCipher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The names of the parties consulted (table {@code consultation_party}), by the index of the consultation's
 * event. A third party may be a person, so names are stored encrypted and listed masked.
 */
public final class ConsultedParties {

    /** A named consultation as lists show it: a third party's name masked, an agency's in full. */
    public record Listed(LocalDate on, ConsultationParty party, String name) {
    }

    /** The longest name a consultation letter can be addressed to. */
    static final int MAX_NAME_LENGTH = 200;

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    public ConsultedParties(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    void record(String requestId, int eventIndex, String name) {
        jdbc.sql("insert into consultation_party (request_id, event_index, name) values (?, ?, ?)")
                .params(requestId, eventIndex, cipher.encrypt(name)).update();
    }

    /** Return the names of the parties a request's consultations were addressed to, in clear, by event index. */
    public Map<Integer, String> forRequest(String requestId) {
        Map<Integer, String> names = new TreeMap<>();
        jdbc.sql("select event_index, name from consultation_party where request_id = ?").param(requestId)
                .query(rs -> {
                    names.put(rs.getInt(1), cipher.decrypt(rs.getString(2)));
                });
        return names;
    }

    /** Return the request's named consultations, oldest first, as lists show them. */
    public List<Listed> listed(DisclosureRequest request) {
        List<Listed> listed = new ArrayList<>();
        forRequest(request.id()).forEach((index, name) -> {
            RequestEvent.ConsultationStarted started = (RequestEvent.ConsultationStarted) request.events().get(index);
            listed.add(new Listed(started.on(), started.party(),
                    started.party() == ConsultationParty.THIRD_PARTY ? Masking.name(name) : name));
        });
        return listed;
    }
}
