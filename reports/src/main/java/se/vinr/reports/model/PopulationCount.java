package se.vinr.reports.model;

/**
 * The municipality's inhabitants of one sex in one age band, a public figure (SCB) to set the victims'
 * ages and sexes against.
 *
 * @param sex      {@code K} or {@code M}
 * @param ageBand  one of the contract's age bands, e.g. {@code 25-44}
 * @param year     the year the figure describes: the latest one up to the report's half-year
 */
public record PopulationCount(String sex, String ageBand, long inhabitants, int year) {

    public PopulationCount {
        if (inhabitants < 0) {
            throw new IllegalArgumentException("a population cannot be negative: " + sex + " " + ageBand);
        }
    }
}
