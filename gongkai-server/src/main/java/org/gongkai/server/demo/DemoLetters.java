package org.gongkai.server.demo;

import org.gongkai.letter.LetterVariable;
import org.gongkai.server.requests.StepLetter;

/** Invented particulars for the demo requests' letters: what a clerk would state on each step's form. */
final class DemoLetters {

    /** Every particular a step's form takes but the answer-by date; each letter prints those of its own type. */
    static final StepLetter STATED = StepLetter.NONE
            .with(LetterVariable.CORRECTION_ITEMS, "请写明所需文件的名称、文号或者形成的大致时间")
            .with(LetterVariable.APPROVED_BY, "公开科科长（示例）")
            .with(LetterVariable.EXTENSION_REASON, "所需信息分散于多个档案卷宗，需逐卷查找核实")
            .with(LetterVariable.CONSULTED_INFORMATION, "申请所涉项目合同中的报价明细")
            .with(LetterVariable.PAYMENT_METHOD, "到本机关公开科窗口以银行卡缴纳，或者通过非税收入电子缴款平台缴纳")
            .with(LetterVariable.INFORMATION_PROVIDED, "申请所涉的文件一份（见附件）")
            .with(LetterVariable.PROVISION_METHOD, "以电子数据形式发送至您提供的电子邮箱")
            .with(LetterVariable.WITHHELD_PARTS, "文件附件中的个人身份信息，依据第十五条不予公开")
            .with(LetterVariable.REASON, "经审查，该信息属于本答复所引条款规定的情形");

    private DemoLetters() {
    }
}
