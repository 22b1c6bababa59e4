package org.gongkai.server.reports;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.gongkai.report.DecisionCounts;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Each agency's decision counts and fees per year (表二 items 五, 六, 八). */
public final class DecisionCountsRepository {

    private final JdbcClient jdbc;

    public DecisionCountsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Insert or replace the counts of the agency and year. */
    public void save(DecisionCounts c) {
        int updated = jdbc.sql("update decision_counts set licensing = ?, penalty = ?, coercion = ?, fees_wan_yuan = ?"
                        + " where agency = ? and calendar_year = ?")
                .params(c.licensing(), c.penalty(), c.coercion(), c.feesWanYuan().toPlainString(), c.agency(), c.year())
                .update();
        if (updated == 0) {
            jdbc.sql("insert into decision_counts (agency, calendar_year, licensing, penalty, coercion, fees_wan_yuan)"
                            + " values (?, ?, ?, ?, ?, ?)")
                    .params(c.agency(), c.year(), c.licensing(), c.penalty(), c.coercion(), c.feesWanYuan().toPlainString())
                    .update();
        }
    }

    public Optional<DecisionCounts> find(String agency, int year) {
        return jdbc.sql("select * from decision_counts where agency = ? and calendar_year = ?").params(agency, year)
                .query((rs, n) -> row(rs)).optional();
    }

    public List<DecisionCounts> all() {
        return jdbc.sql("select * from decision_counts order by agency, calendar_year").query((rs, n) -> row(rs)).list();
    }

    private static DecisionCounts row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new DecisionCounts(rs.getString("agency"), rs.getInt("calendar_year"), rs.getInt("licensing"),
                rs.getInt("penalty"), rs.getInt("coercion"), new BigDecimal(rs.getString("fees_wan_yuan")));
    }
}
