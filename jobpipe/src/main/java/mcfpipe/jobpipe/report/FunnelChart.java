package mcfpipe.jobpipe.report;

import java.util.List;
import mcfpipe.jobpipe.report.ReportData.Funnel;

/**
 * A track's CRM funnel as inline SVG: one centred bar per step (leads, screened, applied, interview, offer)
 * scaled to the leads, the count beside it, and on the right the conversion from the step above.
 */
final class FunnelChart {
    private static final int WIDTH = 560;
    private static final int ROW = 36;
    private static final int TOP = 22;
    private static final double BAR_LEFT = 92;
    private static final double BAR_AREA = 360;

    private record Step(String name, long count, Double conversion, String conversionLabel) {}

    private final String testId;
    private final Funnel funnel;

    FunnelChart(String testId, Funnel funnel) {
        this.testId = testId;
        this.funnel = funnel;
    }

    String render() {
        List<Step> steps = List.of(
                new Step("Leads", funnel.leads(), null, null),
                new Step("Screened", funnel.screened(), null, null),
                new Step("Applied", funnel.applied(), funnel.screenedToApplied(), "screened → applied"),
                new Step("Interview", funnel.interview(), funnel.appliedToInterview(), "applied → interview"),
                new Step("Offer", funnel.offer(), funnel.interviewToOffer(), "interview → offer"));
        int height = TOP + steps.size() * ROW + 4;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart funnel-chart\" data-testid=\"").append(Html.escape(testId)).append("\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" role=\"img\" aria-label=\"CRM funnel\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.append("<title>CRM funnel</title>");
        svg.append(BarChart.text(WIDTH - 4, 12, "end", "tick", "conversion"));
        long top = Math.max(1, funnel.leads());
        double centre = BAR_LEFT + BAR_AREA / 2;
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            double y = TOP + i * ROW;
            double w = s.count() == 0 ? 0 : Math.max(3, BAR_AREA * s.count() / top);
            svg.append(BarChart.text(0, y + 19, "start", "step", s.name()));
            svg.append("<rect class=\"bar funnel-step step-").append(i).append("\" data-label=\"").append(s.name())
                    .append("\" data-value=\"").append(s.count()).append("\" x=\"").append(BarChart.f(centre - w / 2))
                    .append("\" y=\"").append(BarChart.f(y + 4)).append("\" width=\"").append(BarChart.f(w))
                    .append("\" height=\"").append(ROW - 10).append("\" rx=\"4\"><title>").append(s.name()).append(": ")
                    .append(Formats.count(s.count())).append("</title></rect>");
            svg.append(BarChart.text(centre + Math.max(w / 2, 0) + 8, y + 19, "start", "value", Formats.count(s.count())));
            if (s.conversionLabel() != null) {
                svg.append("<text class=\"conversion").append(s.conversion() == null ? " none" : "").append("\" x=\"").append(WIDTH - 4).append("\" y=\"").append(BarChart.f(y + 19))
                        .append("\" text-anchor=\"end\"><title>").append(Html.escape(s.conversionLabel())).append("</title>")
                        .append(Formats.percent(s.conversion())).append("</text>");
            }
        }
        return svg.append("</svg>").toString();
    }
}
