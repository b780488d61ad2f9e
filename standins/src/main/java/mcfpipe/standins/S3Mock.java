package mcfpipe.standins;

import com.adobe.testing.s3mock.S3MockApplication;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** S3Mock, the S3 stand-in, in this JVM (plain HTTP). With a root folder its objects survive a restart. */
public final class S3Mock implements AutoCloseable {
    private final S3MockApplication app;

    private S3Mock(S3MockApplication app) {
        this.app = app;
    }

    /** Starts on a free HTTP port; {@code root} null means a temporary folder removed on exit. */
    public static S3Mock start(Path root) {
        // S3MockApplication removes keys from the map it is given, so it must be mutable.
        Map<String, Object> props = new HashMap<>();
        props.put(S3MockApplication.PROP_HTTP_PORT, Ports.free());
        props.put(S3MockApplication.PROP_HTTPS_PORT, Ports.free());
        props.put(S3MockApplication.PROP_SILENT, true);
        props.put("spring.main.banner-mode", "off");
        props.put("logging.level.root", "WARN");
        props.put("logging.level.com.adobe.testing.s3mock", "WARN");
        if (root != null) {
            props.put("com.adobe.testing.s3mock.store.root", root.toAbsolutePath().toString());
            props.put("com.adobe.testing.s3mock.store.retain-files-on-exit", true);
        }
        return new S3Mock(S3MockApplication.start(props));
    }

    public String endpoint() {
        return "http://127.0.0.1:" + app.getHttpPort();
    }

    @Override
    public void close() {
        app.stop();
    }
}
