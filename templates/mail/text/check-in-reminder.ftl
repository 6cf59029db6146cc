<#ftl output_format="plainText">
<#import "/mail/text/layout.ftl" as layout>
<@layout.email>
${msg("checkInReminder.body", clientName, caseId?c, fmt.dateTime(dueAt))}

${msg("checkInReminder.action")}
</@layout.email>
