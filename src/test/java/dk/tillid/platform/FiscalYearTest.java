package dk.tillid.platform;

import java.time.LocalDate;
import java.time.MonthDay;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FiscalYearTest {

    @Test
    void aCalendarYearEndsOnTheThirtyFirstOfDecember() {
        FiscalYear year = new FiscalYear(MonthDay.of(12, 31));
        assertThat(year.endOfYearContaining(LocalDate.of(2021, 3, 10))).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(year.endOfYearContaining(LocalDate.of(2021, 12, 31))).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(year.endOfYearContaining(LocalDate.of(2022, 1, 1))).isEqualTo(LocalDate.of(2022, 12, 31));
    }

    @Test
    void aJuneYearEndSplitsTheCalendarYear() {
        FiscalYear year = new FiscalYear(MonthDay.of(6, 30));
        assertThat(year.endOfYearContaining(LocalDate.of(2021, 3, 10))).isEqualTo(LocalDate.of(2021, 6, 30));
        assertThat(year.endOfYearContaining(LocalDate.of(2021, 6, 30))).isEqualTo(LocalDate.of(2021, 6, 30));
        assertThat(year.endOfYearContaining(LocalDate.of(2021, 7, 1))).isEqualTo(LocalDate.of(2022, 6, 30));
    }

    @Test
    void aLeapDayEndFallsOnTheLastDayOfFebruaryInOtherYears() {
        FiscalYear year = new FiscalYear(MonthDay.of(2, 29));
        assertThat(year.endOfYearContaining(LocalDate.of(2023, 1, 10))).isEqualTo(LocalDate.of(2023, 2, 28));
        assertThat(year.endOfYearContaining(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(year.endOfYearContaining(LocalDate.of(2023, 3, 1))).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void theSettingIsReadAsMonthAndDay() {
        assertThat(new FiscalYear("06-30").end()).isEqualTo(MonthDay.of(6, 30));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new FiscalYear("30/6"))
                .hasMessageContaining("12-31 or 06-30");
    }
}
