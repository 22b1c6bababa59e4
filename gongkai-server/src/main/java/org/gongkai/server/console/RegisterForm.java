package org.gongkai.server.console;

import java.time.LocalDate;
import java.util.Optional;
import org.gongkai.request.Channel;
import org.gongkai.request.ReceiptFacts;
import org.gongkai.server.requests.ApplyForm;
import org.springframework.format.annotation.DateTimeFormat;

/** An application that arrived on paper or by another channel, as a registrar enters it: how and when it came. */
public class RegisterForm extends ApplyForm {

    private Channel channel;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate submittedOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate signedForOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate confirmedOn;

    /** Return the dates entered, for the receipt date rule of 第三十一条. */
    ReceiptFacts facts() {
        return new ReceiptFacts(Optional.ofNullable(submittedOn), Optional.ofNullable(signedForOn),
                Optional.ofNullable(confirmedOn));
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public LocalDate getSubmittedOn() {
        return submittedOn;
    }

    public void setSubmittedOn(LocalDate submittedOn) {
        this.submittedOn = submittedOn;
    }

    public LocalDate getSignedForOn() {
        return signedForOn;
    }

    public void setSignedForOn(LocalDate signedForOn) {
        this.signedForOn = signedForOn;
    }

    public LocalDate getConfirmedOn() {
        return confirmedOn;
    }

    public void setConfirmedOn(LocalDate confirmedOn) {
        this.confirmedOn = confirmedOn;
    }
}
