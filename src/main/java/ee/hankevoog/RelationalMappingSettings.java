package ee.hankevoog;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;
import org.springframework.stereotype.Component;

/** How Spring Data JDBC maps Hankevoog's aggregates to tables. */
@Component
class RelationalMappingSettings implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof RelationalMappingContext context) {
            // quoted names are case-sensitive, and H2 and PostgreSQL fold unquoted names differently: the schema
            // stays portable only without quotes
            context.setForceQuote(false);
            // an aggregate with one level of collections (a participant and its attendance, an e-mail and its
            // attachments) read by id in one statement, not one more per aggregate; those with nested collections
            // (a contract's groups and their days), and every aggregate on H2, whose dialect in Spring Data has no
            // single-query loading, are read as before
            context.setSingleQueryLoadingEnabled(true);
        }
        return bean;
    }
}
