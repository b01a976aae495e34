"use client";
import { ButtonForm } from "@/components/forms/button-form";

/** A single button: removal stamps the holiday removed, it never deletes the row. */
export const RemoveHolidayForm = ButtonForm;
