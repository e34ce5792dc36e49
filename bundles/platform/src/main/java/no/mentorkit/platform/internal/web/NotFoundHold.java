package no.mentorkit.platform.internal.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import javax.servlet.ServletOutputStream;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;

/**
 * A response that passes everything through except a 404: from the moment the status is set to 404 the body is
 * kept back, so {@link RepublishGate} can look at it and either run the request again or {@link #release()} it.
 */
final class NotFoundHold extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private boolean held;
    private ServletOutputStream stream;
    private PrintWriter writer;

    NotFoundHold(HttpServletResponse response) {
        super(response);
    }

    boolean held() {
        return held;
    }

    byte[] heldBody() {
        if (writer != null) {
            writer.flush();
        }
        return body.toByteArray();
    }

    /** Sends the kept-back 404 as it was written. */
    void release() throws IOException {
        HttpServletResponse real = (HttpServletResponse) getResponse();
        real.setStatus(404);
        real.getOutputStream().write(heldBody());
    }

    @Override
    public void setStatus(int sc) {
        if (sc == 404) {
            held = true;
        } else {
            super.setStatus(sc);
        }
    }

    @Override
    public void sendError(int sc) throws IOException {
        sendError(sc, null);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        if (sc == 404) {
            held = true;
            if (msg != null) {
                body.write(msg.getBytes(StandardCharsets.UTF_8));
            }
        } else {
            super.sendError(sc, msg);
        }
    }

    @Override
    public int getStatus() {
        return held ? 404 : super.getStatus();
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (!held) {
            return super.getOutputStream();
        }
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    body.write(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("a held 404 is written synchronously");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (!held) {
            return super.getWriter();
        }
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8));
        }
        return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
        if (!held) {
            super.flushBuffer();
        }
    }
}
