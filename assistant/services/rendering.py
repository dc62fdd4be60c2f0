"""Rendering a template for a customer, with the agent's settings filled in."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from assistant.core.placeholders import RenderContext, Rendered, render
from assistant.core.salutation import Gender

if TYPE_CHECKING:  # the popup needs Customer before the data layer has loaded
    from .settings import SettingsService


@dataclass(frozen=True, slots=True)
class Customer:
    """The customer being answered; kept in memory only, never stored."""

    name: str = ""
    gender: Gender = Gender.UNKNOWN


class RenderService:
    def __init__(self, settings: SettingsService) -> None:
        self._settings = settings

    def context(
        self,
        customer: Customer = Customer(),
        fields: Mapping[str, str] | None = None,
        clipboard: str = "",
        now: datetime | None = None,
    ) -> RenderContext:
        current = self._settings.current()
        return RenderContext(
            customer_name=customer.name,
            gender=customer.gender,
            agent=current.agent_name,
            shop=current.shop_name,
            clipboard=clipboard,
            fallback_salutation=current.fallback_salutation,
            female_title=current.female_title,
            now=now,
            fields=dict(fields or {}),
        )

    def render(
        self,
        text: str,
        customer: Customer = Customer(),
        fields: Mapping[str, str] | None = None,
        clipboard: str = "",
    ) -> Rendered:
        return render(text, self.context(customer, fields, clipboard))
