<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BusinessCasePanel</name>
    <message numerus="yes">
        <source>the average customer; ranked no. {rank} of %Ln customer(s)</source>
        <translation>
            <numerusform>the average customer; ranked no. {rank} of %Ln customer</numerusform>
            <numerusform>the average customer; ranked no. {rank} of %Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>agents involved; %Ln handoff(s)</source>
        <translation>
            <numerusform>agents involved; %Ln handoff</numerusform>
            <numerusform>agents involved; %Ln handoffs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln conversation(s)</source>
        <translation>
            <numerusform>in %Ln conversation</numerusform>
            <numerusform>in %Ln conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln evidence item(s)</source>
        <translation>
            <numerusform>%Ln evidence item</numerusform>
            <numerusform>%Ln evidence items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallsPanel</name>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CausePage</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerListView</name>
    <message numerus="yes">
        <source>{shown} of %Ln customer(s)</source>
        <translation>
            <numerusform>{shown} of %Ln customer</numerusform>
            <numerusform>{shown} of %Ln customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceBasket</name>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%Ln new message(s)</source>
        <translation>
            <numerusform>%Ln new message</numerusform>
            <numerusform>%Ln new messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new conversation(s)</source>
        <translation>
            <numerusform>%Ln new conversation</numerusform>
            <numerusform>%Ln new conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new customer(s)</source>
        <translation>
            <numerusform>%Ln new customer</numerusform>
            <numerusform>%Ln new customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln merged</source>
        <translation>
            <numerusform>%Ln merged</numerusform>
            <numerusform>%Ln merged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) rejected</source>
        <translation>
            <numerusform>%Ln record rejected</numerusform>
            <numerusform>%Ln records rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the new messages have suggested flags to review.</source>
        <translation>
            <numerusform>%Ln of the new messages has suggested flags to review.</numerusform>
            <numerusform>%Ln of the new messages have suggested flags to review.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WarningsPage</name>
    <message numerus="yes">
        <source>%Ln warning(s) on record.</source>
        <translation>
            <numerusform>%Ln warning on record.</numerusform>
            <numerusform>%Ln warnings on record.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message numerus="yes">
        <source>due {date} (%n day(s) ago)</source>
        <translation>
            <numerusform>due {date} (%n day ago)</numerusform>
            <numerusform>due {date} (%n days ago)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WizardReasons</name>
    <message numerus="yes">
        <source>on %n day(s)</source>
        <translation>
            <numerusform>on %n day</numerusform>
            <numerusform>on %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n conversation(s)</source>
        <translation>
            <numerusform>in %n conversation</numerusform>
            <numerusform>in %n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at least %n day(s)</source>
        <translation>
            <numerusform>at least %n day</numerusform>
            <numerusform>at least %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in at least %n conversation(s)</source>
        <translation>
            <numerusform>in at least %n conversation</numerusform>
            <numerusform>in at least %n conversations</numerusform>
        </translation>
    </message>
</context>
</TS>
