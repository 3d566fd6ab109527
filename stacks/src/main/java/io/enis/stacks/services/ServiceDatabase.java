package io.enis.stacks.services;

import io.enis.constructs.aws.rds.PostgresDatabase;
import io.enis.constructs.aws.secrets.GeneratedSecret;
import io.enis.constructs.aws.secrets.GeneratedSecretProps;
import io.enis.constructs.k8s.DatabaseBootstrap;
import io.enis.constructs.k8s.DatabaseBootstrapProps;
import io.enis.stacks.environment.Environment;
import io.enis.stacks.platform.PlatformStack;
import java.util.Map;
import software.constructs.Construct;

/**
 * A service's PostgreSQL database, as its environment file says:
 * <ul>
 *   <li>{@code shared}: a role and database named after the service on the platform's instance,
 *       created by a {@link DatabaseBootstrap} job; the service's credentials are a generated
 *       secret of its own;</li>
 *   <li>{@code dedicated}: its own {@link PostgresDatabase} instance sized like the platform's,
 *       with the RDS-managed master secret as its credentials.</li>
 * </ul>
 * Either way the service gets {@code DATABASE_URL} (no credentials in it), {@code DATABASE_USERNAME}
 * and {@code DATABASE_PASSWORD} from Secrets Manager, and may reach the data subnets on 5432.
 */
final class ServiceDatabase {
    private ServiceDatabase() {
    }

    static void attach(Construct stack, Environment env, PlatformStack platform, String service, ServiceWiring wiring) {
        String databaseName = service.replace("-", "");
        String host;
        String secretArn;
        if (env.service(service).dedicatedDatabase()) {
            var database = new PostgresDatabase(stack, "Database", platform.dataStoreProps().postgres(env.naming(service))
                    .databaseName(databaseName)
                    .build());
            host = database.address();
            secretArn = database.masterSecretArn();
        } else {
            var credentials = new GeneratedSecret(stack, "DatabaseCredentials", GeneratedSecretProps.builder()
                    .name(env.naming(service).secretName("database-credentials"))
                    .description("PostgreSQL login of " + service + " on the shared instance")
                    .key(platform.dataKey()).passwordField("password").fields(Map.of("username", databaseName)).build());
            new DatabaseBootstrap(stack, "DatabaseBootstrap", DatabaseBootstrapProps.builder()
                    .service(databaseName).host(platform.postgres().address())
                    .masterSecretArn(platform.postgres().masterSecretArn()).serviceSecretName(credentials.arn())
                    .databaseCidrs(env.network().dataSubnets())
                    .build());
            host = platform.postgres().address();
            secretArn = credentials.arn();
        }
        wiring.env("DATABASE_URL", "postgresql://" + host + ":" + PostgresDatabase.PORT + "/" + databaseName + "?sslmode=verify-full")
                .secret("DATABASE_USERNAME", secretArn, "username")
                .secret("DATABASE_PASSWORD", secretArn, "password");
        env.network().dataSubnets().forEach(cidr -> wiring.egress("postgres", cidr, PostgresDatabase.PORT));
    }
}
