<#ftl output_format="plainText">
<#import "/mail/text/layout.ftl" as layout>
<@layout.email>
${msg("approvalReminder.body", clientName, caseId?c, fmt.dateTime(waitingSince))}

${msg("approvalReminder.action")}
</@layout.email>
