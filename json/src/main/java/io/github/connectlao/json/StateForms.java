package io.github.connectlao.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.connectlao.PartialDate;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.cooperation.*;
import io.github.connectlao.state.*;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The JSON forms of the {@code state} and {@code cooperation} types: one JSON object per record,
 * its properties named and ordered as the record's components; enums as their constant's name;
 * sets of levels in level order. Generated once from the record declarations (then kept by hand):
 * explicit code, no reflection at run time.
 */
final class StateForms {
  private StateForms() {}

  static final Form.Text<Agreement.Level> AGREEMENT_LEVEL = Form.enumForm(Agreement.Level.class);
  static final Form.Text<Agreement.Status> AGREEMENT_STATUS = Form.enumForm(Agreement.Status.class);
  static final Form.Text<BodyKind> BODY_KIND = Form.enumForm(BodyKind.class);
  static final Form.Text<JobPositionDetermination.Stage> JOB_POSITION_DETERMINATION_STAGE =
      Form.enumForm(JobPositionDetermination.Stage.class);
  static final Form.Text<Meeting.Kind> MEETING_KIND = Form.enumForm(Meeting.Kind.class);
  static final Form.Text<Modality> MODALITY = Form.enumForm(Modality.class);
  static final Form.Text<PhaseMatch.Relation> PHASE_MATCH_RELATION =
      Form.enumForm(PhaseMatch.Relation.class);
  static final Form.Text<Programme.Kind> PROGRAMME_KIND = Form.enumForm(Programme.Kind.class);
  static final Form.Text<Report.Kind> REPORT_KIND = Form.enumForm(Report.Kind.class);
  static final Form.Text<TimelineEvent.Kind> TIMELINE_EVENT_KIND =
      Form.enumForm(TimelineEvent.Kind.class);
  static final Form.Text<Reach.Capital> REACH_CAPITAL = Form.enumForm(Reach.Capital.class);
  static final Form.Text<MeetingParticipant.Role> MEETING_PARTICIPANT_ROLE =
      Form.enumForm(MeetingParticipant.Role.class);
  static final Form.Text<MeetingOutcome.Kind> MEETING_OUTCOME_KIND =
      Form.enumForm(MeetingOutcome.Kind.class);

  static final Form.Obj<Agreement> AGREEMENT =
      new Form.Obj<>(Agreement.class) {
        @Override
        void fields(Agreement v, JsonGenerator g) throws IOException {
          g.writeStringField("id", v.id());
          g.writeStringField("titleLao", v.titleLao());
          g.writeStringField("titleEnglish", v.titleEnglish());
          g.writeArrayFieldStart("parties");
          for (StateBody x : v.parties()) {
            STATE_BODY.write(x, g);
          }
          g.writeEndArray();
          g.writeStringField("level", v.level().name());
          CoreForms.optString(g, "signed", v.signed().map(Object::toString));
          CoreForms.optString(g, "signedNote", v.signedNote());
          g.writeArrayFieldStart("areas");
          for (CooperationArea x : v.areas()) {
            COOPERATION_AREA.write(x, g);
          }
          g.writeEndArray();
          g.writeStringField("status", v.status().name());
          g.writeFieldName("source");
          CoreForms.SOURCE.write(v.source(), g);
        }

        @Override
        Agreement read(JsonFields f) {
          var vId = f.text("id");
          var vTitleLao = f.text("titleLao");
          var vTitleEnglish = f.text("titleEnglish");
          var vParties = f.list("parties", STATE_BODY::read);
          var vLevel = f.enumValue("level", Agreement.Level.class);
          var vSigned = f.optParsed("signed", PartialDate::parse);
          var vSignedNote = f.optText("signedNote");
          var vAreas = f.list("areas", COOPERATION_AREA::read);
          var vStatus = f.enumValue("status", Agreement.Status.class);
          var vSource = CoreForms.SOURCE.read(f.object("source"));
          return f.build(
              () ->
                  new Agreement(
                      vId,
                      vTitleLao,
                      vTitleEnglish,
                      vParties,
                      vLevel,
                      vSigned,
                      vSignedNote,
                      vAreas,
                      vStatus,
                      vSource));
        }
      };

  static final Form.Obj<CooperationArea> COOPERATION_AREA =
      new Form.Obj<>(CooperationArea.class) {
        @Override
        void fields(CooperationArea v, JsonGenerator g) throws IOException {
          g.writeStringField("code", v.code());
          g.writeStringField("nameLao", v.nameLao());
          g.writeStringField("nameEnglish", v.nameEnglish());
          g.writeFieldName("source");
          CoreForms.SOURCE.write(v.source(), g);
        }

        @Override
        CooperationArea read(JsonFields f) {
          var vCode = f.text("code");
          var vNameLao = f.text("nameLao");
          var vNameEnglish = f.text("nameEnglish");
          var vSource = CoreForms.SOURCE.read(f.object("source"));
          return f.build(
              () ->
                  new CooperationArea(
                      vCode,
                      io.github.connectlao.BilingualName.of(vNameLao, vNameEnglish),
                      vSource));
        }
      };

  static final Form.Obj<CooperationCatalogue> COOPERATION_CATALOGUE =
      new Form.Obj<>(CooperationCatalogue.class) {
        @Override
        void fields(CooperationCatalogue v, JsonGenerator g) throws IOException {
          g.writeArrayFieldStart("areas");
          for (CooperationArea x : v.areas()) {
            COOPERATION_AREA.write(x, g);
          }
          g.writeEndArray();
          g.writeArrayFieldStart("agreements");
          for (Agreement x : v.agreements()) {
            AGREEMENT.write(x, g);
          }
          g.writeEndArray();
          g.writeArrayFieldStart("programmes");
          for (Programme x : v.programmes()) {
            PROGRAMME.write(x, g);
          }
          g.writeEndArray();
          g.writeArrayFieldStart("meetings");
          for (Meeting x : v.meetings()) {
            MEETING.write(x, g);
          }
          g.writeEndArray();
          g.writeArrayFieldStart("reports");
          for (Report x : v.reports()) {
            REPORT.write(x, g);
          }
          g.writeEndArray();
          g.writeArrayFieldStart("frameworks");
          for (CooperationFramework x : v.frameworks()) {
            COOPERATION_FRAMEWORK.write(x, g);
          }
          g.writeEndArray();
        }

        @Override
        CooperationCatalogue read(JsonFields f) {
          var vAreas = f.list("areas", COOPERATION_AREA::read);
          var vAgreements = f.list("agreements", AGREEMENT::read);
          var vProgrammes = f.list("programmes", PROGRAMME::read);
          var vMeetings = f.list("meetings", MEETING::read);
          var vReports = f.list("reports", REPORT::read);
          var vFrameworks = f.list("frameworks", COOPERATION_FRAMEWORK::read);
          return f.build(
              () ->
                  new CooperationCatalogue(
                      vAreas, vAgreements, vProgrammes, vMeetings, vReports, vFrameworks));
        }
      };

  static final Form.Obj<CooperationFramework> COOPERATION_FRAMEWORK =
      new Form.Obj<>(CooperationFramework.class) {
        @Override
        void fields(CooperationFramework v, JsonGenerator g) throws IOException {
          g.writeStringField("id", v.id());
          g.writeStringField("nameLao", v.nameLao());
          g.writeStringField("nameEnglish", v.nameEnglish());
          g.writeArrayFieldStart("members");
          for (String x : v.members()) {
            g.writeString(x);
          }
          g.writeEndArray();
          g.writeFieldName("period");
          CoreForms.DATE_RANGE.write(v.period(), g);
          g.writeArrayFieldStart("priorityAreas");
          for (PriorityArea x : v.priorityAreas()) {
            PRIORITY_AREA.write(x, g);
          }
          g.writeEndArray();
          if (v.activityCount().isPresent()) {
            g.writeNumberField("activityCount", v.activityCount().get());
          }
          g.writeArrayFieldStart("activities");
          for (FrameworkActivity x : v.activities()) {
            FRAMEWORK_ACTIVITY.write(x, g);
          }
          g.writeEndArray();
          CoreForms.optString(g, "adoptedAt", v.adoptedAt());
          g.writeFieldName("source");
          CoreForms.SOURCE.write(v.source(), g);
        }

        @Override
        CooperationFramework read(JsonFields f) {
          var vId = f.text("id");
          var vNameLao = f.text("nameLao");
          var vNameEnglish = f.text("nameEnglish");
          var vMembers = f.list("members", (n, p, r) -> JsonFields.text(n, p));
          var vPeriod = f.parsed("period", io.github.connectlao.DateRange::parse);
          var vPriorityAreas = f.list("priorityAreas", PRIORITY_AREA::read);
          var vActivityCount = f.optInt("activityCount");
          var vActivities = f.list("activities", FRAMEWORK_ACTIVITY::read);
          var vAdoptedAt = f.optText("adoptedAt");
          var vSource = CoreForms.SOURCE.read(f.object("source"));
          return f.build(
              () ->
                  new CooperationFramework(
                      vId,
                      io.github.connectlao.BilingualName.of(vNameLao, vNameEnglish),
                      vMembers,
                      vPeriod,
                      vPriorityAreas,
                      vActivityCount,
                      vActivities,
                      vAdoptedAt,
                      vSource));
        }
      };

  static final Form.Obj<Coverage> COVERAGE =
      new Form.Obj<>(Coverage.class) {
        @Override
        void fields(Coverage v, JsonGenerator g) throws IOException {
          g.writeStringField("phaseName", v.phaseName());
          g.writeArrayFieldStart("levels");
          for (LevelCoverage x : v.levels()) {
            LEVEL_COVERAGE.write(x, g);
          }
          g.writeEndArray();
          CoreForms.optString(g, "note", v.note());
          if (v.reach().isPresent()) {
            g.writeFieldName("reach");
            REACH.write(v.reach().get(), g);
          }
        }

        @Override
        Coverage read(JsonFields f) {
          var vPhaseName = f.text("phaseName");
          var vLevels = f.list("levels", LEVEL_COVERAGE::read);
          var vNote = f.optText("note");
          var vReach = f.optObject("reach").map(REACH::read);
          return f.build(() -> new Coverage(vPhaseName, vLevels, vNote, vReach));
        }
      };

  static final Form.Obj<UnitCount> UNIT_COUNT =
      new Form.Obj<>(UnitCount.class) {
        @Override
        void fields(UnitCount v, JsonGenerator g) throws IOException {
          if (v.count().isPresent()) {
            g.writeNumberField("count", v.count().get());
          }
          CoreForms.optString(g, "unknownBecause", v.unknownBecause());
        }

        @Override
        UnitCount read(JsonFields f) {
          var vCount = f.optInt("count");
          var vWhy = f.optText("unknownBecause");
          return f.build(() -> new UnitCount(vCount, vWhy));
        }
      };

  static final Form.Obj<MeetingParticipant> MEETING_PARTICIPANT =
      new Form.Obj<>(MeetingParticipant.class) {
        @Override
        void fields(MeetingParticipant v, JsonGenerator g) throws IOException {
          g.writeStringField("name", v.name());
          if (v.position().isPresent()) {
            g.writeFieldName("position");
            CoreForms.BILINGUAL_NAME.write(v.position().get(), g);
          }
          CoreForms.optString(g, "bodyId", v.bodyId());
          g.writeArrayFieldStart("roles");
          for (MeetingParticipant.Role x : sorted(v.roles())) {
            g.writeString(x.name());
          }
          g.writeEndArray();
          if (v.activity().isPresent()) {
            g.writeFieldName("activity");
            CoreForms.BILINGUAL_NAME.write(v.activity().get(), g);
          }
          g.writeFieldName("source");
          CoreForms.SOURCE.write(v.source(), g);
        }

        @Override
        MeetingParticipant read(JsonFields f) {
          var vName = f.text("name");
          var vPosition = f.optObject("position").map(CoreForms.BILINGUAL_NAME::read);
          var vBodyId = f.optText("bodyId");
          var vRoles =
              f.list(
                  "roles",
                  (n, p, r) ->
                      JsonFields.enumConstant(
                          JsonFields.text(n, p), p, MeetingParticipant.Role.class));
          var vActivity = f.optObject("activity").map(CoreForms.BILINGUAL_NAME::read);
          var vSource = CoreForms.SOURCE.read(f.object("source"));
          return f.build(
              () ->
                  new MeetingParticipant(
                      vName, vPosition, vBodyId, java.util.Set.copyOf(vRoles), vActivity, vSource));
        }
      };

  static final Form.Obj<MeetingOutcome> MEETING_OUTCOME =
      new Form.Obj<>(MeetingOutcome.class) {
        @Override
        void fields(MeetingOutcome v, JsonGenerator g) throws IOException {
          g.writeStringField("kind", v.kind().name());
          g.writeFieldName("text");
          CoreForms.BILINGUAL_NAME.write(v.text(), g);
          CoreForms.optString(g, "frameworkId", v.frameworkId());
          CoreForms.optString(g, "period", v.period().map(Object::toString));
          CoreForms.optString(g, "party", v.party());
          g.writeFieldName("source");
          CoreForms.SOURCE.write(v.source(), g);
        }

        @Override
        MeetingOutcome read(JsonFields f) {
          var vKind = f.enumValue("kind", MeetingOutcome.Kind.class);
          var vText = CoreForms.BILINGUAL_NAME.read(f.object("text"));
          var vFrameworkId = f.optText("frameworkId");
          var vPeriod = f.optParsed("period", io.github.connectlao.DateRange::parse);
          var vParty = f.optText("party");
          var vSource = CoreForms.SOURCE.read(f.object("source"));
          return f.build(
              () -> new MeetingOutcome(vKind, vText, vFrameworkId, vPeriod, vParty, vSource));
        }
      };

  static final Form.Obj<FrameworkActivity> FRAMEWORK_ACTIVITY =
      new Form.Obj<>(FrameworkActivity.class) {
        @Override
        void fields(FrameworkActivity v, JsonGenerator g) throws IOException {
          g.writeStringField("proposer", v.proposer());
          g.writeStringField("nameLao", v.nameLao());
          g.writeStringField("nameEnglish", v.nameEnglish());
          g.writeStringField("nameAsWritten", v.nameAsWritten());
        }

        @Override
        FrameworkActivity read(JsonFields f) {
          var vProposer = f.text("proposer");
          var vNameLao = f.text("nameLao");
          var vNameEnglish = f.text("nameEnglish");
          var vNameAsWritten = f.text("nameAsWritten");
          return f.build(
              () ->
                  new FrameworkActivity(
                      vProposer,
                      io.github.connectlao.BilingualName.of(vNameLao, vNameEnglish),
                      vNameAsWritten));
        }
      };

  static final Form.Obj<JobPositionDetermination> JOB_POSITION_DETERMINATION =
      new Form.Obj<>(JobPositionDetermination.class) {
        @Override
        void fields(JobPositionDetermination v, JsonGenerator g) throws IOException {
          g.writeStringField("bodyId", v.bodyId());
          g.writeStringField("stage", v.stage().name());
          CoreForms.optString(g, "determinedOn", v.determinedOn().map(Object::toString));
          CoreForms.optString(g, "submittedOn", v.submittedOn().map(Object::toString));
          CoreForms.optString(g, "approvedOn", v.approvedOn().map(Object::toString));
          g.writeFieldName("source");
          CoreForms.SOURCE.write(v.source(), g);
        }

        @Override
        JobPositionDetermination read(JsonFields f) {
          var vBodyId = f.text("bodyId");
          var vStage = f.enumValue("stage", JobPositionDetermination.Stage.class);
          var vDeterminedOn = f.optParsed("determinedOn", PartialDate::parse);
          var vSubmittedOn = f.optParsed("submittedOn", PartialDate::parse);
          var vApprovedOn = f.optParsed("approvedOn", PartialDate::parse);
          var vSource = CoreForms.SOURCE.read(f.object("source"));
          return f.build(
              () ->
                  new JobPositionDetermination(
                      vBodyId, vStage, vDeterminedOn, vSubmittedOn, vApprovedOn, vSource));
        }
      };

  static final Form.Obj<JobPositionSummary> JOB_POSITION_SUMMARY =
      new Form.Obj<>(JobPositionSummary.class) {
        @Override
        void fields(JobPositionSummary v, JsonGenerator g) throws IOException {
          g.writeStringField("reached", v.reached().name());
          g.writeNumberField("bodies", v.bodies());
          g.writeNumberField("departments", v.departments());
          CoreForms.optString(g, "asOf", v.asOf().map(Object::toString));
          g.writeFieldName("source");
          CoreForms.SOURCE.write(v.source(), g);
        }

        @Override
        JobPositionSummary read(JsonFields f) {
          var vReached = f.enumValue("reached", JobPositionDetermination.Stage.class);
          var vBodies = f.integer("bodies");
          var vDepartments = f.integer("departments");
          var vAsOf = f.optParsed("asOf", PartialDate::parse);
          var vSource = CoreForms.SOURCE.read(f.object("source"));
          return f.build(
              () -> new JobPositionSummary(vReached, vBodies, vDepartments, vAsOf, vSource));
        }
      };

  static final Form.Obj<LevelCoverage> LEVEL_COVERAGE =
      new Form.Obj<>(LevelCoverage.class) {
        @Override
        void fields(LevelCoverage v, JsonGenerator g) throws IOException {
          g.writeStringField("level", v.level().name());
          if (v.total().isPresent()) {
            g.writeNumberField("total", v.total().get());
          }
          g.writeFieldName("planned");
          UNIT_COUNT.write(v.planned(), g);
          g.writeFieldName("reached");
          UNIT_COUNT.write(v.reached(), g);
        }

        @Override
        LevelCoverage read(JsonFields f) {
          var vLevel = f.enumValue("level", AdminLevel.class);
          var vTotal = f.optInt("total");
          var vPlanned = UNIT_COUNT.read(f.object("planned"));
          var vReached = UNIT_COUNT.read(f.object("reached"));
          return f.build(() -> new LevelCoverage(vLevel, vTotal, vPlanned, vReached));
        }
      };

  static final Form.Obj<Meeting> MEETING =
      new Form.Obj<>(Meeting.class) {
        @Override
        void fields(Meeting v, JsonGenerator g) throws IOException {
          g.writeStringField("id", v.id());
          g.writeStringField("kind", v.kind().name());
          g.writeStringField("titleLao", v.titleLao());
          g.writeStringField("titleEnglish", v.titleEnglish());
          g.writeStringField("start", v.start().toString());
          g.writeStringField("end", v.end().toString());
          g.writeArrayFieldStart("organisers");
          for (StateBody x : v.organisers()) {
            STATE_BODY.write(x, g);
          }
          g.writeEndArray();
          g.writeArrayFieldStart("people");
          for (MeetingParticipant x : v.people()) {
            MEETING_PARTICIPANT.write(x, g);
          }
          g.writeEndArray();
          CoreForms.optString(g, "venueLao", v.venueLao());
          CoreForms.optString(g, "venueEnglish", v.venueEnglish());
          g.writeStringField("modality", v.modality().name());
          g.writeFieldName("participants");
          PARTICIPANTS.write(v.participants(), g);
          g.writeArrayFieldStart("outcomes");
          for (MeetingOutcome x : v.outcomes()) {
            MEETING_OUTCOME.write(x, g);
          }
          g.writeEndArray();
          g.writeArrayFieldStart("programmeIds");
          for (String x : v.programmeIds()) {
            g.writeString(x);
          }
          g.writeEndArray();
          g.writeArrayFieldStart("frameworkIds");
          for (String x : v.frameworkIds()) {
            g.writeString(x);
          }
          g.writeEndArray();
          g.writeFieldName("source");
          CoreForms.SOURCE.write(v.source(), g);
        }

        @Override
        Meeting read(JsonFields f) {
          var vId = f.text("id");
          var vKind = f.enumValue("kind", Meeting.Kind.class);
          var vTitleLao = f.text("titleLao");
          var vTitleEnglish = f.text("titleEnglish");
          var vStart = f.date("start");
          var vEnd = f.date("end");
          var vOrganisers = f.list("organisers", STATE_BODY::read);
          var vPeople = f.list("people", MEETING_PARTICIPANT::read);
          var vVenueLao = f.optText("venueLao");
          var vVenueEnglish = f.optText("venueEnglish");
          var vModality = f.enumValue("modality", Modality.class);
          var vParticipants = PARTICIPANTS.read(f.object("participants"));
          var vOutcomes = f.list("outcomes", MEETING_OUTCOME::read);
          var vProgrammeIds = f.list("programmeIds", (n, p, r) -> JsonFields.text(n, p));
          var vFrameworkIds = f.list("frameworkIds", (n, p, r) -> JsonFields.text(n, p));
          var vSource = CoreForms.SOURCE.read(f.object("source"));
          return f.build(
              () ->
                  new Meeting(
                      vId,
                      vKind,
                      vTitleLao,
                      vTitleEnglish,
                      io.github.connectlao.DateRange.of(vStart, vEnd),
                      vOrganisers,
                      vPeople,
                      vVenueLao,
                      vVenueEnglish,
                      vModality,
                      vParticipants,
                      vOutcomes,
                      vProgrammeIds,
                      vFrameworkIds,
                      vSource));
        }
      };

  static final Form.Obj<ParticipantGroup> PARTICIPANT_GROUP =
      new Form.Obj<>(ParticipantGroup.class) {
        @Override
        void fields(ParticipantGroup v, JsonGenerator g) throws IOException {
          g.writeStringField("labelLao", v.labelLao());
          g.writeStringField("labelEnglish", v.labelEnglish());
          CoreForms.optString(g, "level", v.level().map(Enum::name));
          g.writeArrayFieldStart("bodyIds");
          for (String x : v.bodyIds()) {
            g.writeString(x);
          }
          g.writeEndArray();
          if (v.people().isPresent()) {
            g.writeNumberField("people", v.people().get());
          }
          if (v.women().isPresent()) {
            g.writeNumberField("women", v.women().get());
          }
          CoreForms.optString(g, "modality", v.modality().map(Enum::name));
        }

        @Override
        ParticipantGroup read(JsonFields f) {
          var vLabelLao = f.text("labelLao");
          var vLabelEnglish = f.text("labelEnglish");
          var vLevel =
              f.optText("level")
                  .map(s -> JsonFields.enumConstant(s, f.path("level"), AdminLevel.class));
          var vBodyIds = f.list("bodyIds", (n, p, r) -> JsonFields.text(n, p));
          var vPeople = f.optInt("people");
          var vWomen = f.optInt("women");
          var vModality =
              f.optText("modality")
                  .map(s -> JsonFields.enumConstant(s, f.path("modality"), Modality.class));
          return f.build(
              () ->
                  new ParticipantGroup(
                      vLabelLao, vLabelEnglish, vLevel, vBodyIds, vPeople, vWomen, vModality));
        }
      };

  static final Form.Obj<Participants> PARTICIPANTS =
      new Form.Obj<>(Participants.class) {
        @Override
        void fields(Participants v, JsonGenerator g) throws IOException {
          if (v.total().isPresent()) {
            g.writeNumberField("total", v.total().get());
          }
          if (v.women().isPresent()) {
            g.writeNumberField("women", v.women().get());
          }
          g.writeArrayFieldStart("groups");
          for (ParticipantGroup x : v.groups()) {
            PARTICIPANT_GROUP.write(x, g);
          }
          g.writeEndArray();
          CoreForms.optString(g, "note", v.note());
        }

        @Override
        Participants read(JsonFields f) {
          var vTotal = f.optInt("total");
          var vWomen = f.optInt("women");
          var vGroups = f.list("groups", PARTICIPANT_GROUP::read);
          var vNote = f.optText("note");
          return f.build(() -> new Participants(vTotal, vWomen, vGroups, vNote));
        }
      };

  static final Form.Obj<Phase> PHASE =
      new Form.Obj<>(Phase.class) {
        @Override
        void fields(Phase v, JsonGenerator g) throws IOException {
          g.writeStringField("name", v.name());
          CoreForms.optString(g, "period", v.period().map(Object::toString));
          g.writeFieldName("targets");
          TARGET_AREA.write(v.targets(), g);
          CoreForms.optString(g, "supportingPartner", v.supportingPartner());
          CoreForms.optString(g, "note", v.note());
          g.writeFieldName("source");
          CoreForms.SOURCE.write(v.source(), g);
        }

        @Override
        Phase read(JsonFields f) {
          var vName = f.text("name");
          var vPeriod = f.optParsed("period", io.github.connectlao.DateRange::parse);
          var vTargets = TARGET_AREA.read(f.object("targets"));
          var vSupportingPartner = f.optText("supportingPartner");
          var vNote = f.optText("note");
          var vSource = CoreForms.SOURCE.read(f.object("source"));
          return f.build(
              () -> new Phase(vName, vPeriod, vTargets, vSupportingPartner, vNote, vSource));
        }
      };

  static final Form.Obj<PhaseMatch> PHASE_MATCH =
      new Form.Obj<>(PhaseMatch.class) {
        @Override
        void fields(PhaseMatch v, JsonGenerator g) throws IOException {
          g.writeFieldName("programme");
          PROGRAMME.write(v.programme(), g);
          g.writeFieldName("phase");
          PHASE.write(v.phase(), g);
          g.writeStringField("relation", v.relation().name());
        }

        @Override
        PhaseMatch read(JsonFields f) {
          var vProgramme = PROGRAMME.read(f.object("programme"));
          var vPhase = PHASE.read(f.object("phase"));
          var vRelation = f.enumValue("relation", PhaseMatch.Relation.class);
          return f.build(() -> new PhaseMatch(vProgramme, vPhase, vRelation));
        }
      };

  static final Form.Obj<PriorityArea> PRIORITY_AREA =
      new Form.Obj<>(PriorityArea.class) {
        @Override
        void fields(PriorityArea v, JsonGenerator g) throws IOException {
          g.writeNumberField("number", v.number());
          g.writeStringField("nameLao", v.nameLao());
          g.writeStringField("nameEnglish", v.nameEnglish());
          g.writeStringField("nameAsWritten", v.nameAsWritten());
        }

        @Override
        PriorityArea read(JsonFields f) {
          var vNumber = f.integer("number");
          var vNameLao = f.text("nameLao");
          var vNameEnglish = f.text("nameEnglish");
          var vNameAsWritten = f.text("nameAsWritten");
          return f.build(
              () ->
                  new PriorityArea(
                      vNumber,
                      io.github.connectlao.BilingualName.of(vNameLao, vNameEnglish),
                      vNameAsWritten));
        }
      };

  static final Form.Obj<Programme> PROGRAMME =
      new Form.Obj<>(Programme.class) {
        @Override
        void fields(Programme v, JsonGenerator g) throws IOException {
          g.writeStringField("id", v.id());
          g.writeStringField("nameLao", v.nameLao());
          g.writeStringField("nameEnglish", v.nameEnglish());
          g.writeStringField("kind", v.kind().name());
          g.writeArrayFieldStart("leads");
          for (StateBody x : v.leads()) {
            STATE_BODY.write(x, g);
          }
          g.writeEndArray();
          g.writeArrayFieldStart("agreementIds");
          for (String x : v.agreementIds()) {
            g.writeString(x);
          }
          g.writeEndArray();
          g.writeArrayFieldStart("areas");
          for (CooperationArea x : v.areas()) {
            COOPERATION_AREA.write(x, g);
          }
          g.writeEndArray();
          g.writeArrayFieldStart("phases");
          for (Phase x : v.phases()) {
            PHASE.write(x, g);
          }
          g.writeEndArray();
          g.writeArrayFieldStart("reach");
          for (Reach x : v.reach()) {
            REACH.write(x, g);
          }
          g.writeEndArray();
          g.writeFieldName("source");
          CoreForms.SOURCE.write(v.source(), g);
        }

        @Override
        Programme read(JsonFields f) {
          var vId = f.text("id");
          var vNameLao = f.text("nameLao");
          var vNameEnglish = f.text("nameEnglish");
          var vKind = f.enumValue("kind", Programme.Kind.class);
          var vLeads = f.list("leads", STATE_BODY::read);
          var vAgreementIds = f.list("agreementIds", (n, p, r) -> JsonFields.text(n, p));
          var vAreas = f.list("areas", COOPERATION_AREA::read);
          var vPhases = f.list("phases", PHASE::read);
          var vReach = f.list("reach", REACH::read);
          var vSource = CoreForms.SOURCE.read(f.object("source"));
          return f.build(
              () ->
                  new Programme(
                      vId,
                      io.github.connectlao.BilingualName.of(vNameLao, vNameEnglish),
                      vKind,
                      vLeads,
                      vAgreementIds,
                      vAreas,
                      vPhases,
                      vReach,
                      vSource));
        }
      };

  static final Form.Obj<Reach> REACH =
      new Form.Obj<>(Reach.class) {
        @Override
        void fields(Reach v, JsonGenerator g) throws IOException {
          g.writeStringField("asOf", v.asOf().toString());
          g.writeStringField("label", v.label());
          if (v.villages().isPresent()) {
            g.writeNumberField("villages", v.villages().get());
          }
          if (v.districts().isPresent()) {
            g.writeNumberField("districts", v.districts().get());
          }
          if (v.provinces().isPresent()) {
            g.writeNumberField("provinces", v.provinces().get());
          }
          g.writeBooleanField("plusCapital", v.plusCapital());
          CoreForms.optString(g, "note", v.note());
          g.writeFieldName("source");
          CoreForms.SOURCE.write(v.source(), g);
        }

        @Override
        Reach read(JsonFields f) {
          var vAsOf = f.parsed("asOf", PartialDate::parse);
          var vLabel = f.text("label");
          var vVillages = f.optInt("villages");
          var vDistricts = f.optInt("districts");
          var vProvinces = f.optInt("provinces");
          var vPlusCapital = f.bool("plusCapital");
          var vNote = f.optText("note");
          var vSource = CoreForms.SOURCE.read(f.object("source"));
          return f.build(
              () ->
                  new Reach(
                      vAsOf,
                      vLabel,
                      vVillages,
                      vDistricts,
                      vProvinces,
                      vPlusCapital ? Reach.Capital.COUNTED_APART : Reach.Capital.NOT_STATED,
                      vNote,
                      vSource));
        }
      };

  static final Form.Obj<Report> REPORT =
      new Form.Obj<>(Report.class) {
        @Override
        void fields(Report v, JsonGenerator g) throws IOException {
          g.writeStringField("id", v.id());
          g.writeStringField("kind", v.kind().name());
          g.writeStringField("titleEnglish", v.titleEnglish());
          g.writeFieldName("covers");
          CoreForms.DATE_RANGE.write(v.covers(), g);
          g.writeStringField("programmeId", v.programmeId());
          CoreForms.optString(g, "meetingId", v.meetingId());
          g.writeFieldName("source");
          CoreForms.SOURCE.write(v.source(), g);
        }

        @Override
        Report read(JsonFields f) {
          var vId = f.text("id");
          var vKind = f.enumValue("kind", Report.Kind.class);
          var vTitleEnglish = f.text("titleEnglish");
          var vCovers = f.parsed("covers", io.github.connectlao.DateRange::parse);
          var vProgrammeId = f.text("programmeId");
          var vMeetingId = f.optText("meetingId");
          var vSource = CoreForms.SOURCE.read(f.object("source"));
          return f.build(
              () ->
                  new Report(
                      vId, vKind, vTitleEnglish, vCovers, vProgrammeId, vMeetingId, vSource));
        }
      };

  static final Form.Obj<Sector> SECTOR =
      new Form.Obj<>(Sector.class) {
        @Override
        void fields(Sector v, JsonGenerator g) throws IOException {
          g.writeStringField("code", v.code());
          g.writeStringField("nameLao", v.nameLao());
          g.writeStringField("nameEnglish", v.nameEnglish());
          g.writeStringField("ministryNameLao", v.ministryNameLao());
          g.writeStringField("ministryNameEnglish", v.ministryNameEnglish());
          g.writeStringField("ministryAbbreviation", v.ministryAbbreviation());
          g.writeArrayFieldStart("localLevels");
          for (AdminLevel x : sorted(v.localLevels())) {
            g.writeString(x.name());
          }
          g.writeEndArray();
          g.writeFieldName("source");
          CoreForms.SOURCE.write(v.source(), g);
        }

        @Override
        Sector read(JsonFields f) {
          var vCode = f.text("code");
          var vNameLao = f.text("nameLao");
          var vNameEnglish = f.text("nameEnglish");
          var vMinistryNameLao = f.text("ministryNameLao");
          var vMinistryNameEnglish = f.text("ministryNameEnglish");
          var vMinistryAbbreviation = f.text("ministryAbbreviation");
          var vLocalLevels =
              new java.util.LinkedHashSet<>(
                  f.list(
                      "localLevels",
                      (n, p, r) ->
                          JsonFields.enumConstant(JsonFields.text(n, p), p, AdminLevel.class)));
          var vSource = CoreForms.SOURCE.read(f.object("source"));
          return f.build(
              () ->
                  new Sector(
                      vCode,
                      io.github.connectlao.BilingualName.of(vNameLao, vNameEnglish),
                      io.github.connectlao.BilingualName.of(vMinistryNameLao, vMinistryNameEnglish),
                      vMinistryAbbreviation,
                      vLocalLevels,
                      vSource));
        }
      };

  static final Form.Obj<StateBody> STATE_BODY =
      new Form.Obj<>(StateBody.class) {
        @Override
        void fields(StateBody v, JsonGenerator g) throws IOException {
          g.writeStringField("id", v.id());
          g.writeStringField("kind", v.kind().name());
          if (v.sector().isPresent()) {
            g.writeFieldName("sector");
            SECTOR.write(v.sector().get(), g);
          }
          g.writeStringField("unitCode", v.unitCode());
          g.writeStringField("level", v.level().name());
          g.writeStringField("nameLao", v.nameLao());
          g.writeStringField("nameEnglish", v.nameEnglish());
          CoreForms.optString(g, "parentId", v.parentId());
          g.writeFieldName("source");
          CoreForms.SOURCE.write(v.source(), g);
        }

        @Override
        StateBody read(JsonFields f) {
          var vId = f.text("id");
          var vKind = f.enumValue("kind", BodyKind.class);
          var vSector = f.optObject("sector").map(SECTOR::read);
          var vUnitCode = f.text("unitCode");
          var vLevel = f.enumValue("level", AdminLevel.class);
          var vNameLao = f.text("nameLao");
          var vNameEnglish = f.text("nameEnglish");
          var vParentId = f.optText("parentId");
          var vSource = CoreForms.SOURCE.read(f.object("source"));
          return f.build(
              () ->
                  new StateBody(
                      vId,
                      vKind,
                      vSector,
                      vUnitCode,
                      vLevel,
                      io.github.connectlao.BilingualName.of(vNameLao, vNameEnglish),
                      vParentId,
                      vSource));
        }
      };

  static final Form.Obj<TargetArea> TARGET_AREA =
      new Form.Obj<>(TargetArea.class) {
        @Override
        void fields(TargetArea v, JsonGenerator g) throws IOException {
          g.writeArrayFieldStart("unitCodes");
          for (String x : v.unitCodes()) {
            g.writeString(x);
          }
          g.writeEndArray();
          g.writeArrayFieldStart("allAt");
          for (AdminLevel x : sorted(v.allAt())) {
            g.writeString(x.name());
          }
          g.writeEndArray();
          CoreForms.optString(g, "note", v.note());
        }

        @Override
        TargetArea read(JsonFields f) {
          var vUnitCodes = f.list("unitCodes", (n, p, r) -> JsonFields.text(n, p));
          var vAllAt =
              new java.util.LinkedHashSet<>(
                  f.list(
                      "allAt",
                      (n, p, r) ->
                          JsonFields.enumConstant(JsonFields.text(n, p), p, AdminLevel.class)));
          var vNote = f.optText("note");
          return f.build(() -> new TargetArea(vUnitCodes, vAllAt, vNote));
        }
      };

  static final Form.Obj<TimelineEvent> TIMELINE_EVENT =
      new Form.Obj<>(TimelineEvent.class) {
        @Override
        void fields(TimelineEvent v, JsonGenerator g) throws IOException {
          CoreForms.optString(g, "date", v.date().map(Object::toString));
          g.writeStringField("kind", v.kind().name());
          g.writeStringField("refId", v.refId());
          g.writeStringField("description", v.description());
          g.writeFieldName("source");
          CoreForms.SOURCE.write(v.source(), g);
        }

        @Override
        TimelineEvent read(JsonFields f) {
          var vDate = f.optParsed("date", PartialDate::parse);
          var vKind = f.enumValue("kind", TimelineEvent.Kind.class);
          var vRefId = f.text("refId");
          var vDescription = f.text("description");
          var vSource = CoreForms.SOURCE.read(f.object("source"));
          return f.build(() -> new TimelineEvent(vDate, vKind, vRefId, vDescription, vSource));
        }
      };

  static List<Form<?>> all() {
    return List.of(
        AGREEMENT_LEVEL,
        AGREEMENT_STATUS,
        BODY_KIND,
        JOB_POSITION_DETERMINATION_STAGE,
        MEETING_KIND,
        MODALITY,
        PHASE_MATCH_RELATION,
        PROGRAMME_KIND,
        REPORT_KIND,
        TIMELINE_EVENT_KIND,
        REACH_CAPITAL,
        MEETING_PARTICIPANT_ROLE,
        MEETING_OUTCOME_KIND,
        AGREEMENT,
        MEETING_PARTICIPANT,
        MEETING_OUTCOME,
        UNIT_COUNT,
        COOPERATION_AREA,
        COOPERATION_CATALOGUE,
        COOPERATION_FRAMEWORK,
        COVERAGE,
        FRAMEWORK_ACTIVITY,
        JOB_POSITION_DETERMINATION,
        JOB_POSITION_SUMMARY,
        LEVEL_COVERAGE,
        MEETING,
        PARTICIPANT_GROUP,
        PARTICIPANTS,
        PHASE,
        PHASE_MATCH,
        PRIORITY_AREA,
        PROGRAMME,
        REACH,
        REPORT,
        SECTOR,
        STATE_BODY,
        TARGET_AREA,
        TIMELINE_EVENT);
  }

  static <E extends Enum<E>> List<E> sorted(Collection<E> values) {
    List<E> list = new ArrayList<>(values);
    list.sort(null);
    return list;
  }
}
