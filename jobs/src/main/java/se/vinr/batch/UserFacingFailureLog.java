package se.vinr.batch;

import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Keeps the console free of stack traces for a {@link UserFacingException}. Spring Batch logs every
 * failed step with its stack trace; for this exception the message is already the sentence the
 * command prints on standard error, and fifty lines of trace in front of it read like a crash (for
 * example "the warehouse … is in use by another run"); so is a full disk, which the command tells as
 * one sentence naming the file. Unexpected failures keep their trace, and with
 * {@code --verbose} (package {@code se.vinr} at DEBUG) every trace is kept.
 */
@Component
class UserFacingFailureLog extends TurboFilter implements InitializingBean, DisposableBean {

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
                              Throwable failure) {
        if (failure == null || !isUserFacing(failure) || logger.getLoggerContext().getLogger("se.vinr").isDebugEnabled()) {
            return FilterReply.NEUTRAL;
        }
        return FilterReply.DENY;
    }

    private static boolean isUserFacing(Throwable failure) {
        if (DiskFull.in(failure).isPresent()) {
            return true;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof UserFacingException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void afterPropertiesSet() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.addTurboFilter(this);
            start();
        }
    }

    @Override
    public void destroy() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.getTurboFilterList().remove(this);
        }
        stop();
    }
}
