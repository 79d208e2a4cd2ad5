package vn.hoso.archive.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts the request recorder in front of every {@code /api} handler and schedules the seal check. */
@Configuration(proxyBeanMethods = false)
class AuditWebConfiguration implements WebMvcConfigurer, SchedulingConfigurer {

    private final RequestAuditor requests;
    private final AuditTrail trail;
    private final AuditProperties properties;

    AuditWebConfiguration(RequestAuditor requests, AuditTrail trail, AuditProperties properties) {
        this.requests = requests;
        this.trail = trail;
        this.properties = properties;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(requests).addPathPatterns("/api/**");
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(trail::sealIfDue, properties.sealCheck());
    }
}
