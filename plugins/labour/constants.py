"""Fixed vocabularies of the labour plugin: stored as stable codes, shown through gettext."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class CEFRLevel(models.TextChoices):
    """Common European Framework of Reference levels, in ascending order."""

    A1 = "A1", _("A1 – beginner")
    A2 = "A2", _("A2 – elementary")
    B1 = "B1", _("B1 – intermediate")
    B2 = "B2", _("B2 – upper intermediate")
    C1 = "C1", _("C1 – advanced")
    C2 = "C2", _("C2 – proficient")


CEFR_ORDER = [level.value for level in CEFRLevel]


def levels_up_to(level):
    """The CEFR codes a reader with `level` meets: A1 … level."""
    return CEFR_ORDER[: CEFR_ORDER.index(level) + 1]


class ProfessionGroup(models.TextChoices):
    HEALTH = "health", _("Health and care")
    CRAFTS = "crafts", _("Skilled trades and crafts")
    ENGINEERING = "engineering", _("Engineering and IT")
    EDUCATION = "education", _("Education and social work")
    HOSPITALITY = "hospitality", _("Hospitality and logistics")
    OTHER = "other", _("Other professions")


class CounsellingTopic(models.TextChoices):
    RECOGNITION = "recognition", _("Recognition counselling")
    JOB_CENTRE = "job_centre", _("Job centre and employment agency")
    MIGRATION = "migration", _("Migration counselling")
    LANGUAGE_COURSES = "language_courses", _("Language courses")
    CAREER = "career", _("Career and training advice")
    WORKERS_RIGHTS = "workers_rights", _("Workers' rights")


class EmploymentType(models.TextChoices):
    """Values map to schema.org JobPosting employmentType (see SCHEMA_EMPLOYMENT_TYPE)."""

    FULL_TIME = "full_time", _("Full-time")
    PART_TIME = "part_time", _("Part-time")
    APPRENTICESHIP = "apprenticeship", _("Apprenticeship")
    MINI_JOB = "mini_job", _("Mini-job")
    INTERNSHIP = "internship", _("Internship")


SCHEMA_EMPLOYMENT_TYPE = {
    EmploymentType.FULL_TIME: "FULL_TIME",
    EmploymentType.PART_TIME: "PART_TIME",
    EmploymentType.APPRENTICESHIP: "OTHER",
    EmploymentType.MINI_JOB: "PART_TIME",
    EmploymentType.INTERNSHIP: "INTERN",
}
