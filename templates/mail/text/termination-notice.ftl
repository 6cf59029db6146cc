<#ftl output_format="plainText">
<#import "/mail/text/layout.ftl" as layout>
<#import "/notice.ftl" as notice>
<@layout.email>
${layout.greeting()}

${msg("notice.intro", fmt.date(exitDate))}

${msg("notice.termsHeading")?upper_case}

<#if legalBasis == "CLAUSE">
${msg("notice.basis.CLAUSE", fmt.date(exitDate))}

    ${notice.quoted(terminationClause?replace("\r\n?", "\n", "r")?trim)?replace("\n", "\n    ")}

${msg("notice.basis.noticePeriod", noticePeriodDays, daysOfNotice)}
<#else>
${msg("notice.basis." + legalBasis, fmt.date(exitDate), daysOfNotice)}
</#if>

${msg("notice.reasonsHeading")?upper_case}

${notice.routeSentence()}
<#if reasons??>

${reasons?replace("\r\n?", "\n", "r")?trim}
</#if>
<#if approved>

${msg("notice.approved")}
</#if>

${msg("notice.deliverablesHeading")?upper_case}

${notice.deliverablesSummary()}
<#if deliverablesDone?has_content>

${msg("notice.deliverables.doneCaption")}:
<#list deliverablesDone as d>
- ${d.title} (${msg("notice.deliverables.deliveredOn")?lower_case} ${fmt.date(d.date)})
</#list>
</#if>
<#if deliverablesOwed?has_content>

${msg("notice.deliverables.owedCaption")}:
<#list deliverablesOwed as d>
- ${d.title} (${msg("notice.deliverables.dueBy")?lower_case} ${fmt.date(d.date)})
</#list>
</#if>

${msg("notice.transitionHeading")?upper_case}

${msg("notice.handover")}:
${handoverPlan?replace("\r\n?", "\n", "r")?trim}

${msg("notice.dataReturn")}:
${dataReturn?replace("\r\n?", "\n", "r")?trim}

${msg("notice.alternatives")}:
${alternatives?replace("\r\n?", "\n", "r")?trim}

${msg("notice.transitionContact", transitionContact)}

${msg("notice.settlementHeading")?upper_case}

${msg("notice.finalInvoice", fmt.date(exitDate))}
<#if earlyTerminationFee??>

${notice.earlyFeeSentence()}
</#if>
<#if refundAmount??>

${msg("notice.refund", fmt.money(refundAmount, currency), fmt.date(refundBy))}
</#if>

${msg("notice.contactHeading")?upper_case}

${msg("notice.contact", contact.name, contact.title, contact.email, contact.phone)}

${msg("notice.thanks")}

${msg("notice.letterAttached")}
</@layout.email>
