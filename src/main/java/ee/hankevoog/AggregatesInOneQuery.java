package ee.hankevoog;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;
import org.springframework.stereotype.Component;

/**
 * Spring Data JDBC reads an aggregate's collection with a statement per aggregate; with single-query loading it
 * reads aggregates with one collection level (a participant and its attendance, an e-mail and its attachments) by
 * id in one statement. Aggregates with nested collections (a contract's groups and their days) are read as before,
 * and so is every aggregate on H2, whose dialect in Spring Data has no single-query loading.
 */
@Component
class AggregatesInOneQuery implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof RelationalMappingContext context) {
            context.setSingleQueryLoadingEnabled(true);
        }
        return bean;
    }
}
