package com.example.inventory;

import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.core5.util.TimeValue;

/** The inventory service calls the pricing service through nginx; its pool never evicts idle connections. */
public final class InventoryClient {
    private final CloseableHttpClient client;

    public InventoryClient() {
        PoolingHttpClientConnectionManager pool = new PoolingHttpClientConnectionManager();
        pool.setMaxTotal(50);
        this.client = HttpClients.custom()
                .setConnectionManager(pool)
                .setKeepAliveStrategy((response, context) -> TimeValue.of(60, TimeUnit.SECONDS))
                .build();
    }

    public CloseableHttpClient client() {
        return client;
    }
}
