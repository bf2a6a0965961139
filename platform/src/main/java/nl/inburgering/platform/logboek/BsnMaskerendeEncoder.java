package nl.inburgering.platform.logboek;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import ch.qos.logback.core.Context;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.status.Status;

/**
 * Wraps the encoder of an appender and masks BSNs in what it produces ({@link BsnMasker}). Working on
 * the encoded line rather than on the message means it does not matter how the line was made: a
 * pattern layout, Spring Boot's structured JSON logging, an exception with its stack trace.
 */
public class BsnMaskerendeEncoder<E> implements Encoder<E> {

    private final Encoder<E> encoder;
    private final Charset charset;

    public BsnMaskerendeEncoder(Encoder<E> encoder) {
        this.encoder = encoder;
        Charset gekozen = encoder instanceof LayoutWrappingEncoder
                ? ((LayoutWrappingEncoder<E>) encoder).getCharset() : null;
        this.charset = gekozen == null ? StandardCharsets.UTF_8 : gekozen;
    }

    Encoder<E> omhuld() {
        return encoder;
    }

    @Override
    public byte[] encode(E event) {
        return maskeer(encoder.encode(event));
    }

    @Override
    public byte[] headerBytes() {
        return maskeer(encoder.headerBytes());
    }

    @Override
    public byte[] footerBytes() {
        return maskeer(encoder.footerBytes());
    }

    private byte[] maskeer(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return bytes;
        }
        if (asciiCompatibel(charset)) {
            PersoonsgegevensMasker.maskeerAlles(bytes);
            return bytes;
        }
        String tekst = new String(bytes, charset);
        String gemaskeerd = PersoonsgegevensMasker.maskeer(BsnMasker.maskeer(tekst));
        return gemaskeerd == tekst ? bytes : gemaskeerd.getBytes(charset);
    }

    private static boolean asciiCompatibel(Charset charset) {
        return charset.equals(StandardCharsets.UTF_8) || charset.equals(StandardCharsets.US_ASCII)
                || charset.equals(StandardCharsets.ISO_8859_1) || charset.name().startsWith("ISO-8859-")
                || charset.name().startsWith("windows-125");
    }

    @Override
    public void setContext(Context context) {
        encoder.setContext(context);
    }

    @Override
    public Context getContext() {
        return encoder.getContext();
    }

    @Override
    public void addStatus(Status status) {
        encoder.addStatus(status);
    }

    @Override
    public void addInfo(String msg) {
        encoder.addInfo(msg);
    }

    @Override
    public void addInfo(String msg, Throwable ex) {
        encoder.addInfo(msg, ex);
    }

    @Override
    public void addWarn(String msg) {
        encoder.addWarn(msg);
    }

    @Override
    public void addWarn(String msg, Throwable ex) {
        encoder.addWarn(msg, ex);
    }

    @Override
    public void addError(String msg) {
        encoder.addError(msg);
    }

    @Override
    public void addError(String msg, Throwable ex) {
        encoder.addError(msg, ex);
    }

    @Override
    public void start() {
        encoder.start();
    }

    @Override
    public void stop() {
        encoder.stop();
    }

    @Override
    public boolean isStarted() {
        return encoder.isStarted();
    }
}
