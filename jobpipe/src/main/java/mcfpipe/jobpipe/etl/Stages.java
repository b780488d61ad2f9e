package mcfpipe.jobpipe.etl;

import java.util.List;

/**
 * The CRM stages (crm_status.status) and how far along the funnel each one is. The table keeps only a
 * lead's current stage, not its history, so the funnel counts a lead at its stage and every earlier step:
 * an INTERVIEW lead was also screened and applied. REJECTED counts as screened (someone decided on it);
 * CLOSED and EXPIRED say nothing about progress and count as leads only. A lead with no crm_status row is OPEN.
 */
public final class Stages {
    private Stages() {}

    public static final String DEFAULT = "OPEN";
    /** Every stage in funnel order, then the ends. */
    public static final List<String> ORDER = List.of("OPEN", "SCREENED", "TOAPPLY", "APPLIED", "INTERVIEW", "OFFER",
            "REJECTED", "CLOSED", "EXPIRED");
    /** Stages after which a lead is no longer worth showing among today's top jobs. */
    public static final List<String> FINISHED = List.of("REJECTED", "CLOSED", "EXPIRED");

    /** 0 lead, 1 screened, 3 applied, 4 interview, 5 offer (2 is TOAPPLY: screened, not yet applied). */
    static String progressSql(String stageColumn) {
        return "(CASE " + stageColumn + " WHEN 'SCREENED' THEN 1 WHEN 'REJECTED' THEN 1 WHEN 'TOAPPLY' THEN 2"
                + " WHEN 'APPLIED' THEN 3 WHEN 'INTERVIEW' THEN 4 WHEN 'OFFER' THEN 5 ELSE 0 END)";
    }

    /** Sorts stages in {@link #ORDER}. */
    static String orderSql(String stageColumn) {
        StringBuilder sql = new StringBuilder("(CASE ").append(stageColumn);
        for (int i = 0; i < ORDER.size(); i++) sql.append(" WHEN '").append(ORDER.get(i)).append("' THEN ").append(i);
        return sql.append(" ELSE ").append(ORDER.size()).append(" END)").toString();
    }

    static String finishedSql() {
        return "('" + String.join("', '", FINISHED) + "')";
    }
}
