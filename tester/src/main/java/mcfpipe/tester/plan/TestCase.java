package mcfpipe.tester.plan;

/** One numbered case of the plan. Numbers are stable so reports from different runs line up. */
public record TestCase(int number, String name, CaseBody body) {
    public String label() {
        return String.format("%02d %s", number, name);
    }
}
