package org.gongkai.server.requests;

import org.gongkai.applicant.IdentityDocument;
import org.gongkai.request.ApplicantType;

/** The online application form: exactly what 《条例》第二十九条 asks an applicant to give. */
public class ApplyForm {

    /** The form in which the information is wanted (载体形式). */
    public enum InfoForm {
        PAPER, ELECTRONIC
    }

    /** How it is to be delivered (获取方式). */
    public enum Delivery {
        POST, EMAIL, COLLECT
    }

    private String submissionKey;
    private String name;
    private ApplicantType applicantType;
    /** How the applicant proves identity (身份证明). */
    private IdentityDocument idType;
    private String idNumber;
    private String phone;
    private String email;
    private String address;
    private String description;
    private InfoForm infoForm;
    private Delivery delivery;

    public String getSubmissionKey() {
        return submissionKey;
    }

    public void setSubmissionKey(String submissionKey) {
        this.submissionKey = submissionKey;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ApplicantType getApplicantType() {
        return applicantType;
    }

    public void setApplicantType(ApplicantType applicantType) {
        this.applicantType = applicantType;
    }

    public IdentityDocument getIdType() {
        return idType;
    }

    public void setIdType(IdentityDocument idType) {
        this.idType = idType;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public InfoForm getInfoForm() {
        return infoForm;
    }

    public void setInfoForm(InfoForm infoForm) {
        this.infoForm = infoForm;
    }

    public Delivery getDelivery() {
        return delivery;
    }

    public void setDelivery(Delivery delivery) {
        this.delivery = delivery;
    }
}
