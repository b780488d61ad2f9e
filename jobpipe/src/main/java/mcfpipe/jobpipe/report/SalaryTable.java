package mcfpipe.jobpipe.report;

import java.util.List;
import mcfpipe.jobpipe.report.ReportData.CategorySalary;

/**
 * Monthly salary by category as a table with a small range plot per row (lowest to highest on one shared
 * scale, a dot at the median), the categories with the most jobs first.
 */
final class SalaryTable {
    static final int ROWS_SHOWN = 12;
    private static final int PLOT_WIDTH = 240;

    private final List<CategorySalary> rows;

    SalaryTable(List<CategorySalary> rows) {
        this.rows = rows.stream().limit(ROWS_SHOWN).toList();
    }

    String render() {
        if (rows.isEmpty()) return "<p class=\"empty-note\">No job has a category yet.</p>";
        double top = rows.stream().filter(r -> r.max() != null).mapToDouble(CategorySalary::max).max().orElse(1);
        StringBuilder html = new StringBuilder("<table class=\"salaries\" data-testid=\"salary-by-category\"><thead><tr>")
                .append("<th>Category</th><th class=\"num\">Jobs</th><th class=\"num\">Lowest</th><th class=\"num\">Median</th>")
                .append("<th class=\"num\">Highest</th><th>Range</th></tr></thead><tbody>");
        for (CategorySalary r : rows) {
            html.append("<tr data-testid=\"salary-row\"><td>").append(Html.escape(r.category())).append("</td>")
                    .append("<td class=\"num\">").append(Formats.count(r.jobs())).append("</td>")
                    .append(moneyCell(r.min())).append(moneyCell(r.median())).append(moneyCell(r.max()))
                    .append("<td>").append(plot(r, top)).append("</td></tr>");
        }
        return html.append("</tbody></table>").toString();
    }

    private static String moneyCell(Double v) {
        return "<td class=\"num\">" + (v == null ? "–" : Formats.money(v)) + "</td>";
    }

    private static String plot(CategorySalary r, double top) {
        if (r.min() == null || r.max() == null || top <= 0) return "";
        double x1 = 4 + (PLOT_WIDTH - 8) * r.min() / top;
        double x2 = 4 + (PLOT_WIDTH - 8) * r.max() / top;
        StringBuilder svg = new StringBuilder("<svg class=\"range\" viewBox=\"0 0 ").append(PLOT_WIDTH)
                .append(" 14\" width=\"").append(PLOT_WIDTH).append("\" height=\"14\" xmlns=\"http://www.w3.org/2000/svg\">")
                .append("<line class=\"track\" x1=\"4\" y1=\"7\" x2=\"").append(PLOT_WIDTH - 4).append("\" y2=\"7\"/>")
                .append("<line class=\"span\" x1=\"").append(BarChart.f(x1)).append("\" y1=\"7\" x2=\"").append(BarChart.f(Math.max(x2, x1 + 1)))
                .append("\" y2=\"7\"/>");
        if (r.median() != null) {
            svg.append("<circle class=\"median\" cx=\"").append(BarChart.f(4 + (PLOT_WIDTH - 8) * r.median() / top))
                    .append("\" cy=\"7\" r=\"4\"/>");
        }
        return svg.append("</svg>").toString();
    }
}
