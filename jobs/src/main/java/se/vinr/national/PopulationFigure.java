package se.vinr.national;

/**
 * The population of a region on 31 December of a year, by sex and age group.
 *
 * @param region    a municipality code, '0000' for Sweden, or a two-digit county code
 * @param sex       'T', 'K' or 'M'
 * @param ageGroup  'total', a contract age band, '18+', or a seed's '0-19' / '20+'
 * @param derived   computed by vinr from published figures (a sum of ages, a sum of sexes)
 */
public record PopulationFigure(String region, int year, String sex, String ageGroup, long population, String source,
                               boolean derived) {

    String key() {
        return region + " " + year + " " + sex + " " + ageGroup;
    }
}
