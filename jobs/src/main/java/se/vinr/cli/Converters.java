package se.vinr.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import se.vinr.core.MunicipalityCode;
import se.vinr.core.Period;

/** Turns option text into domain values, so a bad value fails at parse time with one sentence. */
final class Converters {

    private Converters() {
    }

    static final class PeriodConverter implements ITypeConverter<Period> {
        @Override
        public Period convert(String value) {
            try {
                return Period.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class MunicipalityConverter implements ITypeConverter<MunicipalityCode> {
        @Override
        public MunicipalityCode convert(String value) {
            try {
                return MunicipalityCode.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
